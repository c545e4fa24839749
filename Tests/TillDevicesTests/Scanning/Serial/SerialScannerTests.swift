import Glibc
import Testing
@testable import TillDevices

@Suite struct SerialScannerTests {
    /// Retries fast, so unplug and replug take milliseconds rather than seconds.
    static let quickRetry = ReopenBackoff(first: .milliseconds(20), maximum: .milliseconds(80))

    /// A scanner on `path`, started, with what it reports collected.
    func started(_ path: String, terminator: ScanTerminator = .cr, maximumScanLength: Int = 256,
                 line: SerialSettings = SerialSettings()) -> (SerialScanner, ScannerReports) {
        let settings = SerialScannerSettings(line: line, terminator: terminator, maximumScanLength: maximumScanLength,
                                             reopenBackoff: Self.quickRetry)
        let scanner = SerialScanner(path: path, settings: settings)
        let reports = ScannerReports()
        scanner.start(reports.deliver)
        return (scanner, reports)
    }

    @Test func aScanInOneWriteArrivesWithItsSource() throws {
        // Given a scanner that is open and ready
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When it sends one scan ending in CR
        try device.send("4006381333931\r")

        // Then exactly that scan arrives, from this port
        #expect(reports.waitForScans(1))
        #expect(reports.all.last == .scan(ScanEvent(text: "4006381333931", source: .serial(path: device.path))))
        #expect(scanner.source == .serial(path: device.path))
    }

    @Test func theLineIsRawAtTheConfiguredSpeed() throws {
        // Given a scanner set to 19200 baud
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path, line: SerialSettings(baud: 19200))
        defer { scanner.stop() }

        // When it is ready; Then the line is raw 8N1 at 19200
        #expect(eventually { reports.isReady })
        var line = try device.attributes()
        #expect(cfgetispeed(&line) == speed_t(B19200))
        #expect(line.c_cflag & tcflag_t(CSIZE) == tcflag_t(CS8))
        #expect(line.c_cflag & tcflag_t(PARENB) == 0)
        #expect(line.c_lflag & tcflag_t(ECHO | ICANON) == 0)
        #expect(line.c_iflag & tcflag_t(ICRNL) == 0)
    }

    @Test func aScanSplitOverSeveralReadsIsJoined() throws {
        // Given a ready scanner
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When a scan arrives in three pieces with gaps between them
        try device.send("40063")
        usleep(30_000)
        try device.send("81333")
        usleep(30_000)
        // Then nothing is delivered before the terminator
        #expect(reports.scans.isEmpty)
        try device.send("931\r")

        // And the whole scan arrives once it does
        #expect(reports.waitForScans(1))
        #expect(reports.scans == ["4006381333931"])
    }

    @Test func severalScansInOneWriteArriveInOrder() throws {
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        try device.send("4006381333931\r5901234123457\r96385074\r")

        #expect(reports.waitForScans(3))
        #expect(reports.scans == ["4006381333931", "5901234123457", "96385074"])
    }

    @Test(arguments: [ScanTerminator.cr, .lf, .crlf, .tab])
    func crLFEndsAScanWhateverTheTerminatorWithoutEmptyScans(terminator: ScanTerminator) throws {
        // Given a scanner configured for any terminator
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path, terminator: terminator)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When the scanner sends CR LF after each scan, once with CR and LF in separate reads
        try device.send("4006381333931\r\n5901234123457\r")
        usleep(20_000)
        try device.send("\n96385074\r\n")

        // Then each scan arrives once and no empty scan appears
        #expect(reports.waitForScans(3))
        usleep(20_000)
        #expect(reports.scans == ["4006381333931", "5901234123457", "96385074"])
    }

    @Test func aTabTerminatorEndsScans() throws {
        // Given a scanner set to Tab
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path, terminator: .tab)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When scans end in Tab, and a lone CR sits inside one
        try device.send("4006381333931\tA\rB\t")

        // Then both arrive, the CR kept as data
        #expect(reports.waitForScans(2))
        #expect(reports.scans == ["4006381333931", "A\rB"])
    }

    @Test func straySingleControlBytesAndEmptyFramesAreDropped() throws {
        // Given a ready scanner on a noisy line
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When a NUL arrives alone, an XON before a scan, an empty frame and an XOFF alone
        try device.send([0x00, 0x0D, 0x11] + Array("4006381333931\r".utf8) + [0x0D, 0x13, 0x0D])
        try device.send("96385074\r")

        // Then only the two real scans arrive, without the noise
        #expect(reports.waitForScans(2))
        usleep(20_000)
        #expect(reports.scans == ["4006381333931", "96385074"])
    }

    @Test func groupSeparatorsStayInsideGS1Scans() throws {
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When a GS1 DataMatrix with its AIM identifier and a GS between fields is scanned
        try device.send(Array("]d20104006381333931".utf8) + [0x1D] + Array("10ABC123\r".utf8))

        // Then the GS is in the text the core reads
        #expect(reports.waitForScans(1))
        #expect(reports.scans == ["]d20104006381333931\u{1D}10ABC123"])
    }

    @Test func aRunawayFrameIsDroppedWithANoticeAndScanningResumes() throws {
        // Given a scanner that accepts scans of up to 16 characters
        let device = try FakeSerialDevice()
        let (scanner, reports) = started(device.path, maximumScanLength: 16)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })

        // When 40 characters come without a terminator (the scanner sends another suffix)
        try device.send(String(repeating: "1234567890", count: 4))

        // Then the frame is dropped and the notice says what to set
        #expect(eventually { reports.unavailableReason != nil })
        let reason = try #require(reports.unavailableReason)
        #expect(reason.contains("17 characters without a CR"), "\(reason)")
        #expect(reason.contains("set the scanner's suffix to CR"))
        #expect(reports.states.last == .unavailable(reason: reason, retryInSeconds: 0))

        // When the runaway's tail ends and a proper scan follows
        try device.send("TAIL\r4006381333931\r")

        // Then the tail is not taken for a scan, the scanner is ready again and the scan arrives
        #expect(reports.waitForScans(1))
        #expect(reports.scans == ["4006381333931"])
        #expect(reports.isReady)
    }

    @Test func anUnpluggedScannerIsReportedAndFoundAgainWhenReplugged() throws {
        // Given a scanner reached through a udev-style symlink, ready and scanning
        let link = try DeviceLink(name: "scanner0")
        defer { link.remove() }
        let first = try FakeSerialDevice()
        try link.point(at: first.path)
        let (scanner, reports) = started(link.path)
        defer { scanner.stop() }
        #expect(eventually { reports.isReady })
        try first.send("4006381333931\r")
        #expect(reports.waitForScans(1))

        // When it is unplugged
        first.unplug()

        // Then it is reported unavailable, with what to do and when it is tried again
        #expect(eventually { reports.unavailableReason != nil })
        let lost = reports.states.dropFirst().first
        guard case .unavailable(let reason, let retry)? = lost else {
            Issue.record("expected unavailable after ready, got \(reports.states)")
            return
        }
        #expect(reason.hasPrefix("The scanner on \(link.path) went away"), "\(reason)")
        #expect(reason.contains("check its cable and that it is plugged in"), "\(reason)")
        #expect(retry == 1)

        // When a scanner appears at the same name again
        let second = try FakeSerialDevice()
        try link.point(at: second.path)

        // Then it is ready again and its scans arrive
        #expect(eventually { reports.isReady })
        try second.send("5901234123457\r")
        #expect(reports.waitForScans(2))
        #expect(reports.scans == ["4006381333931", "5901234123457"])
    }

    @Test func anAbsentScannerIsReportedUntilItAppears() throws {
        // Given a scanner path with nothing behind it
        let link = try DeviceLink(name: "scanner0")
        defer { link.remove() }
        let (scanner, reports) = started(link.path)
        defer { scanner.stop() }

        // Then it is reported unavailable, telling the person to plug it in
        #expect(eventually { reports.unavailableReason != nil })
        let reason = try #require(reports.unavailableReason)
        #expect(reason.hasPrefix("No scanner at \(link.path): plug it in"), "\(reason)")
        #expect(!reports.isReady)

        // When the scanner is plugged in
        let device = try FakeSerialDevice()
        try link.point(at: device.path)

        // Then it becomes ready and scans
        #expect(eventually { reports.isReady })
        try device.send("96385074\r")
        #expect(reports.waitForScans(1))
        #expect(reports.scans == ["96385074"])
    }

    @Test func aPathThatIsNoSerialPortSaysSo() throws {
        // Given a scanner path naming a plain file
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/not-a-tty"
        try directory.create(path, contents: [])
        let (scanner, reports) = started(path)
        defer { scanner.stop() }

        // Then the reason says it is not a serial port and what to set instead
        #expect(eventually { reports.unavailableReason != nil })
        let reason = try #require(reports.unavailableReason)
        #expect(reason.hasPrefix("The scanner at \(path) cannot be used: it is not a serial port"), "\(reason)")
        #expect(reason.contains("/dev/ttyACM"))
    }

    @Test func permissionDeniedNamesTheDialoutGroup() {
        // Tests run as root here, where EACCES cannot happen: the wording is checked directly.
        let scanner = SerialScanner(path: "/dev/ttyACM0")
        let reason = scanner.unavailableReason(.cannotOpen(Errno(code: EACCES)))
        #expect(reason == "Till may not open the scanner at /dev/ttyACM0: add the till's user to the dialout "
            + "group, then log in again.")
        let busy = scanner.unavailableReason(.cannotOpen(Errno(code: EBUSY)))
        #expect(busy.contains("ModemManager"))
    }

    @Test func stopReturnsPromptlyWhileReadingAndWhileWaitingToRetry() throws {
        // Given one scanner blocked reading a silent device and one waiting 30 s to retry an absent one
        let device = try FakeSerialDevice()
        let (reading, readingReports) = started(device.path)
        let waiting = SerialScanner(path: "/dev/ttyACM-till-missing")
        let waitingReports = ScannerReports()
        waiting.start(waitingReports.deliver)
        #expect(eventually { readingReports.isReady && waitingReports.unavailableReason != nil })

        // When both are stopped
        let started = ContinuousClock.now
        reading.stop()
        waiting.stop()

        // Then they end at once, and nothing is reported after
        #expect(ContinuousClock.now - started < .milliseconds(500))
        let count = readingReports.all.count
        try? device.send("4006381333931\r")
        usleep(30_000)
        #expect(readingReports.all.count == count)
    }

    @Test func theReopenWaitDoublesUpToItsCeiling() {
        let delays = (0..<7).map { ReopenBackoff.standard.delay(afterFailures: $0) }
        #expect(delays == [1, 2, 4, 8, 16, 30, 30].map { Duration.seconds($0) })
    }
}
