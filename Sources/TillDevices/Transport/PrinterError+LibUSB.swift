import CLibUSB

extension PrinterError {
    /// What a libusb error code means for the person at the till.
    init(libusbCode code: Int32, address: String) {
        switch code {
        case LIBUSB_ERROR_ACCESS.rawValue: self = .permissionDenied(address: address)
        case LIBUSB_ERROR_BUSY.rawValue: self = .busy(address: address)
        case LIBUSB_ERROR_NO_DEVICE.rawValue: self = .disconnected(address: address)
        case LIBUSB_ERROR_TIMEOUT.rawValue: self = .timedOut(address: address)
        default: self = .unreachable(address: address, reason: USBContext.libusbMessage(code))
        }
    }
}
