import Glibc

/// Opens a TCP connection without ever blocking longer than the timeout: connect(2) on a
/// non-blocking socket, then poll, trying each address the host name resolves to.
enum TCPConnector {
    /// A connected, non-blocking socket with Nagle off, so a status query leaves at once.
    static func connect(
        host: String, port: UInt16, timeoutMilliseconds: Int, address: String
    ) throws(PrinterError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_ADDRCONFIG | AI_NUMERICSERV
        var results: UnsafeMutablePointer<addrinfo>?
        let resolved = getaddrinfo(host, String(port), &hints, &results)
        guard resolved == 0, let results else {
            let reason = String(cString: gai_strerror(resolved))
            throw .unreachable(address: address, reason: "the host name cannot be resolved: \(reason.lowercased())")
        }
        defer { freeaddrinfo(results) }

        var lastError = PrinterError.unreachable(address: address, reason: "no address to connect to")
        var candidate: UnsafeMutablePointer<addrinfo>? = results
        while let entry = candidate?.pointee {
            candidate = entry.ai_next
            do throws(PrinterError) {
                return try connect(to: entry, timeoutMilliseconds: timeoutMilliseconds, address: address)
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    /// One connection attempt to one resolved address.
    private static func connect(
        to entry: addrinfo, timeoutMilliseconds: Int, address: String
    ) throws(PrinterError) -> Int32 {
        let socketType = entry.ai_socktype | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        let descriptor = socket(entry.ai_family, socketType, entry.ai_protocol)
        guard descriptor >= 0 else { throw PrinterError(openingErrno: errno, address: address) }
        do throws(PrinterError) {
            if Glibc.connect(descriptor, entry.ai_addr, entry.ai_addrlen) != 0 {
                guard errno == EINPROGRESS else { throw PrinterError(openingErrno: errno, address: address) }
                try awaitConnection(descriptor, timeoutMilliseconds: timeoutMilliseconds, address: address)
            }
            var on: Int32 = 1
            setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
            return descriptor
        } catch {
            close(descriptor)
            throw error
        }
    }

    /// Waits for a non-blocking connect to finish and reports how it ended.
    private static func awaitConnection(
        _ descriptor: Int32, timeoutMilliseconds: Int, address: String
    ) throws(PrinterError) {
        let ready: Int32
        do throws(Errno) {
            ready = try Poll.wait(descriptor, for: POLLOUT, milliseconds: timeoutMilliseconds)
        } catch {
            throw PrinterError(openingErrno: error.code, address: address)
        }
        if ready == 0 { throw .timedOut(address: address) }
        var failure: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(descriptor, SOL_SOCKET, SO_ERROR, &failure, &length)
        if failure != 0 { throw PrinterError(openingErrno: failure, address: address) }
    }
}
