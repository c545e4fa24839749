import Glibc

extension PrinterError {
    /// What an `open` or `connect` failure means for the person at the till.
    init(openingErrno code: Int32, address: String) {
        switch code {
        case EACCES, EPERM: self = .permissionDenied(address: address)
        case EBUSY: self = .busy(address: address)
        case ETIMEDOUT: self = .timedOut(address: address)
        default: self = .unreachable(address: address, reason: Self.systemMessage(code))
        }
    }

    /// What a failed read or write on an open printer means: most of them say the printer went away.
    init(transferErrno code: Int32, address: String) {
        switch code {
        case EPIPE, ECONNRESET, ECONNABORTED, ENOTCONN, ESHUTDOWN, EIO, ENODEV, ENXIO, EHOSTUNREACH, ENETUNREACH:
            self = .disconnected(address: address)
        case ETIMEDOUT: self = .timedOut(address: address)
        default: self = .unreachable(address: address, reason: Self.systemMessage(code))
        }
    }

    /// The C library's wording, lower-cased to sit inside a sentence ("connection refused").
    static func systemMessage(_ code: Int32) -> String {
        Errno(code: code).message
    }

    /// What a serial line that cannot be opened or set up means for a printer.
    init(serialLine error: SerialLineError, address: String) {
        switch error {
        case .cannotOpen(let failure), .cannotConfigure(let failure):
            self.init(openingErrno: failure.code, address: address)
        case .notASerialPort(let failure):
            self = .notAPrinter(address: address, reason: "it is not a serial port: " + failure.message)
        case .unsupportedBaud(let baud):
            self = .invalidAddress(address, reason: "\(baud) baud is not a serial speed Till can set")
        }
    }
}
