import Glibc
import Testing
import TillDevices

@Suite struct SerialTransportTests {
    @Test(arguments: [
        (SerialSettings(baud: 19200), speed_t(B19200)),
        (SerialSettings(baud: 115200, flowControl: .rtsCts), speed_t(B115200)),
    ])
    func writesRawBytesAtTheConfiguredSpeed(settings: SerialSettings, speed: speed_t) throws {
        // Given a pseudo-terminal standing in for a serial printer
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let transport = SerialPrinterTransport(path: terminal.path, settings: settings)

        // When a receipt with line feeds is written
        let job: [UInt8] = [0x1B, 0x40] + Array("Total\r\n4,20\n".utf8) + [0x1D, 0x56, 0x01]
        try transport.write(job)

        // Then the printer side gets exactly those bytes (no LF to CR LF translation)
        #expect(try terminal.readFromPrinterSide(count: job.count) == job)
        // And the line is raw 8N1 at the configured speed, with RTS/CTS only when asked for
        var line = try terminal.attributes()
        #expect(cfgetospeed(&line) == speed)
        #expect(line.c_cflag & tcflag_t(CSIZE) == tcflag_t(CS8))
        #expect(line.c_cflag & tcflag_t(PARENB | CSTOPB) == 0)
        #expect((line.c_cflag & tcflag_t(CRTSCTS) != 0) == (settings.flowControl == .rtsCts))
        #expect(line.c_lflag & tcflag_t(ECHO | ICANON) == 0)
        #expect(line.c_oflag & tcflag_t(OPOST) == 0)
    }

    @Test func readsTheStatusTheDeviceSends() throws {
        // Given a serial printer that answers a status query
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let transport = SerialPrinterTransport(path: terminal.path)
        try transport.write([0x10, 0x04, 0x04])
        #expect(try terminal.readFromPrinterSide(count: 3) == [0x10, 0x04, 0x04])
        try terminal.writeFromPrinterSide([0x12])

        // When the status is read; Then its byte comes back
        #expect(try transport.read(maximum: 1, timeoutMilliseconds: 1_000) == [0x12])
    }

    @Test func readTimesOutEmptyWhenTheDeviceSaysNothing() throws {
        // Given a silent serial printer
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let transport = SerialPrinterTransport(path: terminal.path)

        // When a status is read
        let started = ContinuousClock.now
        let status = try transport.read(maximum: 1, timeoutMilliseconds: 50)

        // Then nothing comes back once the timeout passed
        #expect(status.isEmpty)
        // poll(2) may wake a little before its timeout (clock granularity): it waited, it did not return at once.
        #expect(ContinuousClock.now - started >= .milliseconds(40))
    }

    @Test func aFileThatIsNotATerminalIsNotAPrinter() throws {
        // Given a serial address pointing at a plain file
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/not-a-tty"
        try directory.create(path, contents: [])
        let transport = SerialPrinterTransport(path: path)

        // When a job is written; Then the error says it is not a serial port
        let error = #expect(throws: PrinterError.self) { try transport.write([0x1B, 0x40]) }
        guard case .notAPrinter(let address, let reason)? = error else {
            Issue.record("expected notAPrinter, got \(String(describing: error))")
            return
        }
        #expect(address == "serial://\(path)?baud=9600&flow=none")
        #expect(reason.hasPrefix("it is not a serial port"))
    }

    @Test func aMissingPortIsUnreachable() {
        // Given a serial port that does not exist (a CDC-ACM printer that is unplugged)
        let transport = SerialPrinterTransport(path: "/dev/ttyACM-till-missing")

        // When a job is written; Then the printer is reported unreachable with the system's reason
        #expect(throws: PrinterError.unreachable(address: transport.address, reason: "no such file or directory")) {
            try transport.write([0x1B, 0x40])
        }
    }
}

/// A pseudo-terminal standing in for a serial printer: the transport opens the terminal side by
/// name, the test plays the printer on the controlling side.
struct PseudoTerminal {
    /// The terminal side's path, such as `/dev/pts/3` (from openpty: Swift's Glibc lacks ptsname).
    let path: String
    private let controller: Int32
    private let terminal: Int32

    init() throws {
        var controller: Int32 = 0
        var terminal: Int32 = 0
        var name = [CChar](repeating: 0, count: 4096)
        guard openpty(&controller, &terminal, &name, nil, nil) == 0 else { throw SystemCallError.current }
        self.controller = controller
        self.terminal = terminal
        path = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Reads what the transport wrote, waiting up to a second for `count` bytes.
    func readFromPrinterSide(count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let deadline = ContinuousClock.now + .seconds(1)
        while bytes.count < count, ContinuousClock.now < deadline {
            var entry = pollfd(fd: controller, events: Int16(POLLIN), revents: 0)
            guard poll(&entry, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: count - bytes.count)
            let read = Glibc.read(controller, &buffer, buffer.count)
            guard read > 0 else { throw SystemCallError.current }
            bytes += buffer.prefix(read)
        }
        return bytes
    }

    /// Sends bytes to the transport, as the printer would.
    func writeFromPrinterSide(_ bytes: [UInt8]) throws {
        guard Glibc.write(controller, bytes, bytes.count) == bytes.count else { throw SystemCallError.current }
    }

    /// The terminal's current line settings, as the transport left them.
    func attributes() throws -> termios {
        var settings = termios()
        guard tcgetattr(terminal, &settings) == 0 else { throw SystemCallError.current }
        return settings
    }

    func close() {
        Glibc.close(controller)
        Glibc.close(terminal)
    }
}
