import Glibc

/// A printer reached through one non-blocking file descriptor, opened on first use, with timed
/// reads and writes: the shared body of the TCP, serial, device-file and file transports, each of
/// which only says how to open it.
final class DescriptorLink {
    /// The printer's address, for errors.
    let address: String
    private let writeTimeoutMilliseconds: Int
    private let open: () throws(PrinterError) -> Int32
    private var descriptor: Int32?
    /// Sockets get `send` with MSG_NOSIGNAL (a dropped printer must not kill the till with SIGPIPE)
    /// and read their end of stream as a dropped connection.
    private var isSocket = false

    init(address: String, writeTimeoutMilliseconds: Int, open: @escaping () throws(PrinterError) -> Int32) {
        self.address = address
        self.writeTimeoutMilliseconds = writeTimeoutMilliseconds
        self.open = open
    }

    deinit { close() }

    /// Writes every byte, resuming after partial writes; any failure closes the descriptor so the
    /// next write starts on a fresh one.
    func write(_ bytes: [UInt8]) throws(PrinterError) {
        let descriptor = try openDescriptor()
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                let start = buffer.baseAddress! + sent
                return isSocket ? send(descriptor, start, buffer.count - sent, Int32(MSG_NOSIGNAL))
                    : Glibc.write(descriptor, start, buffer.count - sent)
            }
            if count >= 0 {
                sent += count
                continue
            }
            let code = errno
            guard code == EAGAIN || code == EINTR else {
                throw failure(PrinterError(transferErrno: code, address: address))
            }
            if try wait(descriptor, for: POLLOUT, milliseconds: writeTimeoutMilliseconds) == 0 {
                throw failure(.stalled(address: address, sent: sent, total: bytes.count))
            }
        }
    }

    /// Up to `maximum` bytes the printer sent, waiting at most `timeoutMilliseconds`; empty when
    /// nothing came.
    func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8] {
        guard maximum > 0 else { return [] }
        let descriptor = try openDescriptor()
        guard try wait(descriptor, for: POLLIN, milliseconds: timeoutMilliseconds) != 0 else { return [] }
        var buffer = [UInt8](repeating: 0, count: maximum)
        let count = Glibc.read(descriptor, &buffer, maximum)
        if count > 0 { return Array(buffer.prefix(count)) }
        if count == 0 {
            if isSocket { throw failure(.disconnected(address: address)) }
            return []
        }
        let code = errno
        if code == EAGAIN || code == EINTR { return [] }
        throw failure(PrinterError(transferErrno: code, address: address))
    }

    /// Closes the descriptor if open; the next read or write opens a new one.
    func close() {
        guard let descriptor else { return }
        Glibc.close(descriptor)
        self.descriptor = nil
    }

    /// The open descriptor, reopened when the other end hung up since it was last used.
    private func openDescriptor() throws(PrinterError) -> Int32 {
        if let descriptor {
            guard Poll.isHungUp(descriptor) else { return descriptor }
            close()
        }
        let opened = try open()
        var status = stat()
        isSocket = fstat(opened, &status) == 0 && status.st_mode & S_IFMT == S_IFSOCK
        descriptor = opened
        return opened
    }

    /// `Poll.wait` with a failed poll treated like a failed transfer.
    private func wait(_ descriptor: Int32, for events: Int32, milliseconds: Int) throws(PrinterError) -> Int32 {
        do throws(Errno) {
            return try Poll.wait(descriptor, for: events, milliseconds: milliseconds)
        } catch {
            throw failure(PrinterError(transferErrno: error.code, address: address))
        }
    }

    /// Closes the descriptor and hands back the error, so the failed connection is never reused.
    private func failure(_ error: PrinterError) -> PrinterError {
        close()
        return error
    }
}

/// A transport whose bytes all go through one `DescriptorLink`: TCP, serial, device file and file
/// differ only in how the descriptor opens, so they share these calls.
protocol LinkedTransport: PrinterTransport {
    var link: DescriptorLink { get }
}

extension LinkedTransport {
    public func write(_ bytes: [UInt8]) throws(PrinterError) {
        try link.write(bytes)
    }

    public func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8] {
        try link.read(maximum: maximum, timeoutMilliseconds: timeoutMilliseconds)
    }

    public func close() {
        link.close()
    }
}
