import Testing

/// The libusb transport against an emulated printer: `umockdev-printer` (under umockdev's preload)
/// creates the device and runs `printer-probe`, which drives `USBPrinterTransport`; the mock then
/// prints the bytes it received. See Tests/Support/UMockdevPrinter/main.c for the options.
@Suite(.enabled(if: EmulatedUSBPrinter.isAvailable,
                "umockdev is missing: apt-get install umockdev libumockdev-dev libglib2.0-dev, then rebuild"))
struct USBTransportTests {
    /// Initialise, one line, partial cut, in hex as the probe takes it.
    static let job = "1b4048656c6c6f0a1d5601"
    /// `DLE EOT 4`: the paper sensor status.
    static let paperQuery = "100404"

    @Test func writesAJobAndReadsTheStatus() throws {
        // Given an Epson 04b8:0202 held by usblp, answering 0x12 (paper present)
        // When a job and a status query are written and the answer read, then the printer let go
        let run = try EmulatedUSBPrinter.run(
            ["--status=12"],
            probe: ["usb://04b8:0202", "write=\(Self.job)", "write=\(Self.paperQuery)", "read=1", "close"])

        // Then the printer got exactly the bytes, the status came back, and usblp is attached again
        #expect(run.lines == ["write ok", "write ok", "read 12", "close ok",
                              "mock: received \(Self.job)\(Self.paperQuery)", "mock: driver usblp",
                              "mock: cancelled 0"], "\(run.output)")
    }

    @Test(arguments: [("01", "82"), ("02", "81"), ("03", "84")])
    func findsTheBulkEndpointsInTheDescriptors(out: String, in input: String) throws {
        // Given the first printer-class device, with these endpoint addresses
        // When a status query is written and the answer read
        let run = try EmulatedUSBPrinter.run(["--out=\(out)", "--in=\(input)", "--status=72"],
                                             probe: ["usb://", "write=\(Self.paperQuery)", "read=4"])

        // Then both directions used the endpoints from the descriptors (others are refused by the mock)
        #expect(run.lines.prefix(3) == ["write ok", "read 72", "mock: received \(Self.paperQuery)"], "\(run.output)")
    }

    @Test func keepingTheKernelDriverReportsBusy() throws {
        // Given a printer usblp holds, and a transport told not to detach it
        let run = try EmulatedUSBPrinter.run(
            [], probe: ["--keep-kernel-driver", "usb://04b8:0202", "write=\(Self.job)"])

        // Then claiming fails with the busy error and its fix, and nothing was sent
        #expect(run.firstLine.hasPrefix("error busy: Another driver or program holds the printer at usb://04b8:0202"),
                "\(run.output)")
        #expect(run.lines.contains("mock: received "))
    }

    @Test func aTimeoutMidJobResumesWithoutResending() throws {
        // Given a printer that takes 5000 bytes (inside the second 4096-byte chunk) and then stalls once
        let job = String(repeating: "41", count: 9000) + "0a1d5601"

        // When a 9004-byte job is written with a 500 ms timeout
        let run = try EmulatedUSBPrinter.run(["--stall-after=5000"],
                                             probe: ["--write-timeout=500", "usb://04b8:0202", "write=\(job)"])

        // Then libusb gave up once, the write resumed from the transferred count, and nothing was doubled
        #expect(run.lines == ["write ok", "mock: received \(job)", "mock: driver usblp", "mock: cancelled 1"],
                "\(run.output.prefix(500))")
    }

    @Test func aPrinterThatTakesNothingTimesOutAndSendsNothingTwice() throws {
        // Given a printer that takes nothing of the first transfer
        // When one job times out and the next one is written
        let run = try EmulatedUSBPrinter.run(
            ["--stall-after=0"], probe: ["--write-timeout=300", "usb://04b8:0202", "write=\(Self.job)", "write=1b40"])

        // Then the first is reported as a timeout and only the second reached the printer
        #expect(run.firstLine.hasPrefix("error timedOut: The printer at usb://04b8:0202 stopped answering"),
                "\(run.output)")
        #expect(Array(run.lines.dropFirst().prefix(2)) == ["write ok", "mock: received 1b40"])
    }

    @Test func anUnpluggedPrinterIsReportedAndReopenedOnTheNextWrite() throws {
        // Given a printer that vanishes on the first transfer
        // When two jobs are written
        let run = try EmulatedUSBPrinter.run(
            ["--unplug-once"], probe: ["usb://04b8:0202", "write=\(Self.job)", "write=1b40"])

        // Then the first says it went away, and the second reopens the device and gets through
        #expect(run.firstLine.hasPrefix("error disconnected: The printer at usb://04b8:0202 went away"),
                "\(run.output)")
        #expect(Array(run.lines.dropFirst().prefix(2)) == ["write ok", "mock: received 1b40"])
    }

    @Test func aVendorClassPrinterIsFoundByIdsButNotAsTheFirstPrinter() throws {
        // Given an Epson in vendor-class mode (interface class 255, as 04b8:0202 ships)
        let byIDs = try EmulatedUSBPrinter.run(["--class=255"], probe: ["usb://04b8:0202", "write=1b40"])
        let byClass = try EmulatedUSBPrinter.run(["--class=255"], probe: ["usb://", "write=1b40"])

        // Then its VID:PID finds it, and usb:// (printer class only) says no printer is connected
        #expect(byIDs.lines.prefix(2) == ["write ok", "mock: received 1b40"], "\(byIDs.output)")
        #expect(byClass.firstLine.hasPrefix("error unreachable: The printer at usb:// cannot be reached "
            + "(no USB printer is connected)"), "\(byClass.output)")
    }

    @Test func anAbsentDeviceIsUnreachable() throws {
        // Given only the Epson; When a Star printer is addressed
        let run = try EmulatedUSBPrinter.run([], probe: ["usb://0519:0003", "write=1b40"])

        // Then the error names the missing VID:PID
        #expect(run.firstLine.hasPrefix("error unreachable: The printer at usb://0519:0003 cannot be reached "
            + "(no USB device 0519:0003 is connected)"), "\(run.output)")
    }

    @Test func aOneWayPrinterReadsNothing() throws {
        // Given a printer with no bulk IN endpoint (protocol 1, unidirectional)
        // When a status query is written and read
        let run = try EmulatedUSBPrinter.run(
            ["--in=0"], probe: ["usb://04b8:0202", "write=\(Self.paperQuery)", "read=1"])

        // Then the read returns nothing instead of failing
        #expect(run.lines.prefix(2) == ["write ok", "read"], "\(run.output)")
    }
}

/// The umockdev printer and the probe it runs, both built next to the tests.
enum EmulatedUSBPrinter {
    static let mock = BuiltTool("umockdev-printer")
    static let probe = BuiltTool("printer-probe")
    static let preload = ["LD_PRELOAD": "libumockdev-preload.so.0"]

    /// Whether both tools were built and umockdev's emulation works on this machine (the mock's
    /// `--check` exits 77 when it was built without umockdev, 3 when the preload is missing).
    static let isAvailable: Bool = {
        guard let mock, probe != nil else { return false }
        return (try? mock.run(["--check"], environment: preload).status) == 0
    }()

    /// Runs the probe with `probe` arguments against a printer set up with `options`.
    static func run(_ options: [String], probe arguments: [String]) throws -> BuiltTool.Run {
        let mock = try #require(mock)
        let probe = try #require(probe)
        return try mock.run(options + ["--", probe.path] + arguments, environment: preload)
    }
}
