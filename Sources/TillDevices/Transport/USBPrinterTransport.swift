import CLibUSB

/// A USB receipt printer driven through libusb: matched by VID:PID or printer class, bulk endpoints
/// read from its descriptors, the usblp kernel driver detached on claim, and every write resumed from
/// the bytes that already went out, so a timeout never prints a line twice.
public final class USBPrinterTransport: PrinterTransport {
    public let address: String
    private let match: USBPrinterMatch
    private let timeouts: PrinterTimeouts
    private let detachesKernelDriver: Bool
    private var connection: USBPrinterConnection?
    /// Status bytes that arrived beyond what the last read asked for (a read takes whole USB packets).
    private var unread: [UInt8] = []

    /// Bytes per bulk transfer: small enough that a timeout loses little time, large enough to keep
    /// a logo moving.
    static let chunkSize = 4096

    /// Opens nothing yet. `detachesKernelDriver: false` leaves usblp in charge and reports `.busy`
    /// instead, for setups where `/dev/usb/lp0` must stay (and for testing that path).
    public init(match: USBPrinterMatch, timeouts: PrinterTimeouts = .standard, detachesKernelDriver: Bool = true) {
        address = PrinterAddress.usb(match).description
        self.match = match
        self.timeouts = timeouts
        self.detachesKernelDriver = detachesKernelDriver
    }

    public func write(_ bytes: [UInt8]) throws(PrinterError) {
        let connection = try openConnection()
        var data = bytes  // libusb takes a mutable buffer, even for OUT transfers
        var sent = 0
        while sent < data.count {
            let length = min(Self.chunkSize, data.count - sent)
            let (code, transferred) = data.withUnsafeMutableBufferPointer { buffer in
                connection.bulkTransfer(endpoint: connection.interface.outEndpoint,
                                        UnsafeMutableBufferPointer(rebasing: buffer[sent..<sent + length]),
                                        timeoutMilliseconds: timeouts.writeMilliseconds)
            }
            // What went out is never sent again, even when libusb calls the transfer a timeout.
            sent += transferred
            if code == 0 || (code == LIBUSB_ERROR_TIMEOUT.rawValue && transferred > 0) { continue }
            if code == LIBUSB_ERROR_TIMEOUT.rawValue {
                throw .stalled(address: address, sent: sent, total: data.count)
            }
            throw failure(code)
        }
    }

    public func read(maximum: Int, timeoutMilliseconds: Int) throws(PrinterError) -> [UInt8] {
        if unread.isEmpty {
            let connection = try openConnection()
            guard let endpoint = connection.interface.inEndpoint else { return [] }
            var buffer = [UInt8](repeating: 0, count: max(maximum, connection.interface.inPacketSize))
            let (code, received) = buffer.withUnsafeMutableBufferPointer { buffer in
                connection.bulkTransfer(endpoint: endpoint, buffer, timeoutMilliseconds: timeoutMilliseconds)
            }
            unread = Array(buffer.prefix(received))
            guard code == 0 || code == LIBUSB_ERROR_TIMEOUT.rawValue else { throw failure(code) }
        }
        let answer = Array(unread.prefix(maximum))
        unread.removeFirst(answer.count)
        return answer
    }

    /// Releases the interface (usblp comes back) and closes the device.
    public func close() {
        connection = nil
        unread = []
    }

    private func openConnection() throws(PrinterError) -> USBPrinterConnection {
        if let connection { return connection }
        let opened = try USBPrinterConnection(match: match, detachingKernelDriver: detachesKernelDriver,
                                              address: address)
        connection = opened
        return opened
    }

    /// The error for a failed transfer; an unplugged printer is let go so the next write finds it again.
    private func failure(_ code: Int32) -> PrinterError {
        if code == LIBUSB_ERROR_NO_DEVICE.rawValue { close() }
        return PrinterError(libusbCode: code, address: address)
    }
}
