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
        let message = String(cString: strerror(code))
        guard let first = message.first else { return "error \(code)" }
        return first.lowercased() + message.dropFirst()
    }
}
