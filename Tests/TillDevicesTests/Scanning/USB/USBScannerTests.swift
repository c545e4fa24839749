import Testing

/// The libusb scanner against an emulated one: `umockdev-scanner` (under umockdev's preload)
/// creates the device and runs `scanner-probe`, which runs `USBScanner` and prints what it reports;
/// the mock then prints what it saw. See Tests/Support/UMockdevScanner/main.c for the options.
@Suite(.enabled(if: EmulatedUSBScanner.isAvailable,
                "umockdev is missing: apt-get install umockdev libumockdev-dev libglib2.0-dev, then rebuild"))
struct USBScannerTests {
    typealias Reports = RecordedHIDReports

    static let unplugged = "The USB scanner 05e0:1200 was unplugged: plug it back in; Till finds it again by itself."
    static let notConnected = "No USB device 05e0:1200 is connected: plug the scanner in, or check its VID:PID with lsusb."

    @Test func aBootKeyboardScannersScanArrives() throws {
        // Given a boot-keyboard scanner 05e0:1200 (usbhid bound) that sends the EAN-13 reports
        let run = try EmulatedUSBScanner.run(Reports.ean13.map(EmulatedUSBScanner.report),
                                             probe: ["--until-scans=1", "usb://05e0:1200"])

        // Then the scanner is ready, the scan arrives decoded, the keyboard was switched to the
        // boot protocol, and on stop usbhid got the interface back
        #expect(run.reports == ["ready", "scan \"4006381333931\""], "\(run.output)")
        #expect(run.mock == ["mock: protocol boot", "mock: claims 1", "mock: driver usbhid"], "\(run.output)")
    }

    @Test func anUnpluggedScannerIsReportedAndFoundAgainWhenPluggedBackIn() throws {
        // Given a scanner that sends 1 Enter, is unplugged (its next read fails, and the next two
        // attempts to claim it), then sends 3 Enter once it is back
        let one = [Reports.press(0x1E), Reports.release, Reports.press(0x28), Reports.release]
        let three = [Reports.press(0x20), Reports.release, Reports.press(0x28), Reports.release]
        let steps = one.map(EmulatedUSBScanner.report) + ["--unplug=2"] + three.map(EmulatedUSBScanner.report)
        let run = try EmulatedUSBScanner.run(steps, probe: ["--until-scans=2", "usb://05e0:1200"])

        // Then: ready, the first scan, unplugged, not connected twice (retried each time), ready
        // again, and the scan sent after the replug
        #expect(run.reports == [
            "ready", "scan \"1\"", "unavailable 1: \(Self.unplugged)", "unavailable 1: \(Self.notConnected)",
            "unavailable 1: \(Self.notConnected)", "ready", "scan \"3\"",
        ], "\(run.output)")
        #expect(run.mock.contains("mock: claims 4"), "\(run.output)")
    }

    @Test func anAbsentScannerIsLookedForAgainUntilStopped() throws {
        // Given only 05e0:1200 on the bus; When 0c2e:0b61 (a Metrologic) is wanted, waiting 1 ms
        // between attempts
        let run = try EmulatedUSBScanner.run([], probe: ["--until-reports=4", "usb://0c2e:0b61"])

        // Then every attempt says it is not connected and when the next one comes
        let absent = "unavailable 1: No USB device 0c2e:0b61 is connected: plug the scanner in, or check its "
            + "VID:PID with lsusb."
        #expect(run.reports == Array(repeating: absent, count: 4), "\(run.output)")
        #expect(run.mock.contains("mock: claims 0"))
    }

    @Test func stoppingCutsTheWaitBeforeTheNextAttemptShort() throws {
        // Given an absent scanner and 5 s before the next attempt
        let run = try EmulatedUSBScanner.run([], probe: ["--backoff=5000,30000", "--until-reports=1", "usb://0c2e:0b61"])

        // Then stop() returns long before the 5 s are up
        #expect(run.reports.first?.hasPrefix("unavailable 5: No USB device 0c2e:0b61") == true, "\(run.output)")
        #expect(try #require(run.stoppedAfterMilliseconds) < 2_000, "\(run.output)")
    }

    @Test func stoppingAnIdleScannerWaitsAtMostForTheReadInFlight() throws {
        // Given a scanner that sends one scan and then nothing, read with a 300 ms timeout
        let run = try EmulatedUSBScanner.run(Reports.ean13.map(EmulatedUSBScanner.report),
                                             probe: ["--read-timeout=300", "--until-scans=1", "usb://05e0:1200"])

        // Then stop() returns within about one read timeout, and the scanner was released
        #expect(run.reports.last == "scan \"4006381333931\"", "\(run.output)")
        #expect(try #require(run.stoppedAfterMilliseconds) < 1_500, "\(run.output)")
        #expect(run.mock.last == "mock: driver usbhid")
    }

    @Test func aHIDPOSScannerIsReadByItsReportLayoutWithoutSwitchingProtocol() throws {
        // Given a HID POS scanner (interface 3/0/0, 64-byte reports) sending a GS1 DataMatrix in two
        // Access-IS reports
        let data = Array("0109501101020917\u{1D}10ABC123\u{1D}21".utf8) + Array(repeating: UInt8(ascii: "9"), count: 40)
        let reports = [Reports.accessIS(aim: "]d2", data: data[..<56], more: true),
                       Reports.accessIS(aim: "]d2", data: data[56...], more: false)]
        let run = try EmulatedUSBScanner.run(["--subclass=0", "--protocol=0", "--packet=64"]
                                                + reports.map(EmulatedUSBScanner.report),
                                             probe: ["--until-scans=1", "usb://05e0:1200"])

        // Then one scan, AIM identifier first, GS kept; no SET_PROTOCOL went to a non-keyboard
        let expected = "]d2" + String(decoding: data, as: UTF8.self)
        #expect(run.reports == ["ready", "scan \(expected.debugDescription)"], "\(run.output)")
        #expect(run.mock.first == "mock: protocol unset", "\(run.output)")
    }

    @Test func aScannerAnotherProgramHoldsIsReportedBusy() throws {
        let run = try EmulatedUSBScanner.run(["--busy"], probe: ["--until-reports=1", "usb://05e0:1200"])

        #expect(run.reports == ["unavailable 1: Another program holds the USB scanner 05e0:1200: close it, as only "
            + "one program can read the scanner."], "\(run.output)")
    }

    @Test func aDeviceWithoutAHIDInterfaceIsNotAScanner() throws {
        // Given 05e0:1200 with a vendor-specific interface (class 255) instead of HID
        let run = try EmulatedUSBScanner.run(["--class=255"], probe: ["--until-reports=1", "05e0:1200"])

        #expect(run.reports.first?.hasPrefix("unavailable 1: The USB device 05e0:1200 is not a scanner Till can "
            + "read (it has no HID interface with an interrupt IN endpoint)") == true, "\(run.output)")
        #expect(run.mock.contains("mock: claims 0"))
    }
}

/// The umockdev scanner and the probe it runs, both built next to the tests.
enum EmulatedUSBScanner {
    static let mock = BuiltTool("umockdev-scanner")
    static let probe = BuiltTool("scanner-probe")
    static let preload = ["LD_PRELOAD": "libumockdev-preload.so.0"]

    /// Whether both tools were built and umockdev's emulation works on this machine (the mock's
    /// `--check` exits 77 when it was built without umockdev, 3 when the preload is missing).
    static let isAvailable: Bool = {
        guard let mock, probe != nil else { return false }
        return (try? mock.run(["--check"], environment: preload).status) == 0
    }()

    /// The mock's step delivering one input report.
    static func report(_ bytes: [UInt8]) -> String {
        "--report=" + RecordedHIDReports.hex(bytes)
    }

    /// Runs the probe with `probe` arguments against a scanner set up with `options` and steps.
    static func run(_ options: [String], probe arguments: [String]) throws -> Run {
        let mock = try #require(mock)
        let probe = try #require(probe)
        return Run(try mock.run(options + ["--", probe.path] + arguments, environment: preload))
    }

    /// A run's output split into what the scanner reported, how long stopping took, and what the
    /// mock saw.
    struct Run {
        let output: String
        let reports: [String]
        let stoppedAfterMilliseconds: Int?
        let mock: [String]

        init(_ run: BuiltTool.Run) {
            output = run.output
            let lines = run.lines
            let stopped = lines.firstIndex { $0.hasPrefix("stopped after ") }
            reports = Array(lines[..<(stopped ?? lines.endIndex)])
            stoppedAfterMilliseconds = stopped.flatMap { Int(lines[$0].split(separator: " ")[2]) }
            mock = lines.filter { $0.hasPrefix("mock: ") }
        }
    }
}
