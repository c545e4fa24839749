import Glibc

/// A printer the kernel already drives, reached through its device file (`/dev/usb/lp0` from usblp,
/// `/dev/lp0` on a parallel port): no libusb needed, but the till's user must be allowed to open it.
public final class DeviceFilePrinterTransport: LinkedTransport {
    public let address: String
    let link: DescriptorLink

    /// Opens nothing yet; the first write opens `path` for reading and writing.
    public init(path: String, timeouts: PrinterTimeouts = .standard) {
        address = path
        link = DescriptorLink(address: path, writeTimeoutMilliseconds: timeouts.writeMilliseconds) {
            () throws(PrinterError) in
            try DeviceFile.open(path, flags: O_RDWR | O_NOCTTY, address: path)
        }
    }
}

/// open(2) for device paths, non-blocking so every later wait goes through poll with a timeout.
enum DeviceFile {
    /// The opened descriptor, or the errno it could not be opened with.
    static func open(_ path: String, flags: Int32, mode: mode_t = 0) throws(Errno) -> Int32 {
        while true {
            let descriptor = Glibc.open(path, flags | O_NONBLOCK | O_CLOEXEC, mode)
            if descriptor >= 0 { return descriptor }
            if errno != EINTR { throw Errno(code: errno) }
        }
    }

    /// The opened descriptor, or why the printer at `address` could not be opened (EACCES becomes
    /// the lp-group fix).
    static func open(_ path: String, flags: Int32, mode: mode_t = 0, address: String) throws(PrinterError) -> Int32 {
        do throws(Errno) {
            return try open(path, flags: flags, mode: mode)
        } catch {
            throw PrinterError(openingErrno: error.code, address: address)
        }
    }
}
