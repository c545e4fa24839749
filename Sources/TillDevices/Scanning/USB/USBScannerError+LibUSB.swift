import CLibUSB

extension USBScannerError {
    /// What a libusb error code means for the person at the till, while opening the scanner.
    init(libusbCode code: Int32, device: USBDeviceID) {
        switch code {
        case LIBUSB_ERROR_ACCESS.rawValue: self = .permissionDenied(device)
        case LIBUSB_ERROR_BUSY.rawValue: self = .busy(device)
        case LIBUSB_ERROR_NO_DEVICE.rawValue: self = .notConnected(device)
        default: self = .failed(device, reason: USBContext.libusbMessage(code))
        }
    }

    /// The same, while reading from a scanner that was open: a device gone now was unplugged.
    init(readingCode code: Int32, device: USBDeviceID) {
        self = code == LIBUSB_ERROR_NO_DEVICE.rawValue
            ? .disconnected(device) : USBScannerError(libusbCode: code, device: device)
    }
}
