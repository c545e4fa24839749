/// A libusb call that failed, kept as libusb's code so each kind of device words it in its own error.
struct LibUSBError: Error, Equatable {
    /// libusb's `LIBUSB_ERROR_*` value.
    let code: Int32

    /// libusb's own wording, lower-cased to sit inside a sentence.
    var message: String { USBContext.libusbMessage(code) }
}
