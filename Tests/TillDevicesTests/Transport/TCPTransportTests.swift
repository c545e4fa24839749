import Glibc
import Testing
import TillDevices

@Suite struct TCPTransportTests {
    /// A short receipt: initialise, one line, partial cut.
    static let job: [UInt8] = [0x1B, 0x40] + Array("Hello\n".utf8) + [0x1D, 0x56, 0x01]
    /// `DLE EOT 4`: the paper sensor status.
    static let paperQuery: [UInt8] = [0x10, 0x04, 0x04]
    static let fast = PrinterTimeouts(connectMilliseconds: 1_000, writeMilliseconds: 300)

    @Test func sendsAJobThePrinterDecodes() throws {
        // Given a printer on loopback
        let printer = try LoopbackPrinter()
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)

        // When a receipt with a drawer pulse is written
        let pulse: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0xFA]
        try transport.write(Self.job + pulse)

        // Then the printer got exactly those bytes: one line, a cut and a pulse
        #expect(printer.waitForReceived(count: Self.job.count + pulse.count) == Self.job + pulse)
        #expect(printer.printed == PrintedReceipt(lines: ["Hello"], cuts: 1, drawerPulses: 1))
        #expect(transport.address == "tcp://127.0.0.1:\(printer.port)")
    }

    @Test func readsTheStatusThePrinterAnswers() throws {
        // Given a printer with paper
        let printer = try LoopbackPrinter()
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)

        // When the paper sensor status is asked for
        try transport.write(Self.paperQuery)
        let status = try transport.read(maximum: 4, timeoutMilliseconds: 1_000)

        // Then the one-byte answer comes back, with no paper-end bits
        #expect(status == [0x12])
    }

    @Test func readTimesOutEmptyWhenThePrinterSaysNothing() throws {
        // Given a connected printer that was asked nothing
        let printer = try LoopbackPrinter()
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)
        try transport.write(Self.job)

        // When a status is read
        let started = ContinuousClock.now
        let status = try transport.read(maximum: 1, timeoutMilliseconds: 50)

        // Then nothing comes back once the timeout passed
        #expect(status.isEmpty)
        // poll(2) may wake a little before its timeout (clock granularity): it waited, it did not return at once.
        #expect(ContinuousClock.now - started >= .milliseconds(40))
    }

    @Test func refusedConnectionIsReportedAsUnreachable() throws {
        // Given a port that is bound but not listening, so a connection is refused
        let placeholder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(placeholder) }
        let port = try LoopbackPrinter.bindToLoopback(placeholder)
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: port, timeouts: Self.fast)

        // When a job is written; Then the cashier learns the printer cannot be reached, and why
        #expect(throws: PrinterError.unreachable(address: "tcp://127.0.0.1:\(port)", reason: "connection refused")) {
            try transport.write(Self.job)
        }
    }

    @Test func printerThatNeverReadsTimesOutWithAPartialCount() throws {
        // Given a printer that accepts the connection but never reads, with a tiny receive buffer
        let printer = try LoopbackPrinter(receiveBufferSize: 4096, paperRunsOutAfter: 0, stopsReadingWhenOut: true)
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)
        let logo = [UInt8](repeating: 0x55, count: 32 << 20)

        // When a job larger than every socket buffer is written
        let started = ContinuousClock.now
        let error = #expect(throws: PrinterError.self) { try transport.write(logo) }

        // Then the write gives up after the write timeout, saying how much went out
        guard case .partialWrite(_, let sent, let total)? = error else {
            Issue.record("expected partialWrite, got \(String(describing: error))")
            return
        }
        #expect(sent > 0 && sent < total)
        #expect(total == logo.count)
        #expect(ContinuousClock.now - started < .seconds(5))
        #expect(printer.received.isEmpty)
    }

    @Test(arguments: [true, false])
    func reconnectsAfterThePrinterRestarts(abruptly: Bool) throws {
        // Given a printer that printed one job and then restarted (reset or normal close)
        let printer = try LoopbackPrinter()
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)
        try transport.write(Self.job)
        _ = printer.waitForReceived(count: Self.job.count)
        printer.restart(abruptly: abruptly)

        // When the next job is written
        try transport.write(Self.job)

        // Then it goes out whole over a fresh connection
        #expect(printer.waitForReceived(count: 2 * Self.job.count) == Self.job + Self.job)
        #expect(printer.connectionsAccepted == 2)
    }

    @Test func connectionResetMidJobFailsNowAndReconnectsNextTime() throws {
        // Given a printer that power-cycles after 1000 bytes of a job too large for the socket buffers
        let printer = try LoopbackPrinter(receiveBufferSize: 4096, resetsConnectionAfter: 1000)
        defer { printer.stop() }
        let patient = PrinterTimeouts(connectMilliseconds: 1_000, writeMilliseconds: 5_000)
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: patient)
        let logo = [UInt8](repeating: 0x55, count: 32 << 20)

        // When the job is written, the reset is reported at once as the printer going away
        #expect(throws: PrinterError.disconnected(address: transport.address)) { try transport.write(logo) }

        // Then the next job opens a fresh connection and arrives whole
        let before = printer.received.count
        try transport.write(Self.job)
        #expect(printer.waitForReceived(count: before + Self.job.count).suffix(Self.job.count) == ArraySlice(Self.job))
        #expect(printer.connectionsAccepted == 2)
    }

    @Test func paperOutMidJobShowsInTheStatus() throws {
        // Given a printer whose paper runs out 10 bytes into the receipt
        let printer = try LoopbackPrinter(paperRunsOutAfter: 10)
        defer { printer.stop() }
        let transport = TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: Self.fast)
        let receipt = [0x1B, 0x40] + Array("Line 1\nLine 2\nLine 3\n".utf8) + [0x1D, 0x56, 0x01]

        // When the receipt is written and the printer and paper status are asked for
        try transport.write(receipt + [0x10, 0x04, 0x01] + Self.paperQuery)
        let status = try Self.read(count: 2, from: transport)

        // Then the printer reports offline and paper end, and only the first line reached paper
        #expect(status == [0x1E, 0x72])
        #expect(status.first.map { $0 & 0x08 != 0 } == true, "offline bit")
        #expect(status.last.map { $0 & 0x60 == 0x60 } == true, "paper-end bits")
        #expect(printer.printed == PrintedReceipt(lines: ["Line 1"]))
    }

    /// Reads until `count` bytes came (status replies can arrive in separate segments).
    static func read(count: Int, from transport: any PrinterTransport) throws -> [UInt8] {
        var bytes: [UInt8] = []
        while bytes.count < count {
            let more = try transport.read(maximum: count - bytes.count, timeoutMilliseconds: 1_000)
            if more.isEmpty { break }
            bytes += more
        }
        return bytes
    }
}
