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
        let terminal = try FakeSerialDevice()
        defer { terminal.unplug() }
        let transport = SerialPrinterTransport(path: terminal.path, settings: settings)

        // When a receipt with line feeds is written
        let job: [UInt8] = [0x1B, 0x40] + Array("Total\r\n4,20\n".utf8) + [0x1D, 0x56, 0x01]
        try transport.write(job)

        // Then the printer side gets exactly those bytes (no LF to CR LF translation)
        #expect(try terminal.received(count: job.count) == job)
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
        let terminal = try FakeSerialDevice()
        defer { terminal.unplug() }
        let transport = SerialPrinterTransport(path: terminal.path)
        try transport.write([0x10, 0x04, 0x04])
        #expect(try terminal.received(count: 3) == [0x10, 0x04, 0x04])
        try terminal.send([0x12])

        // When the status is read; Then its byte comes back
        #expect(try transport.read(maximum: 1, timeoutMilliseconds: 1_000) == [0x12])
    }

    @Test func readTimesOutEmptyWhenTheDeviceSaysNothing() throws {
        // Given a silent serial printer
        let terminal = try FakeSerialDevice()
        defer { terminal.unplug() }
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
