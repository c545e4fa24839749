import Glibc
import Testing
import TillDevices

@Suite struct DeviceFileTransportTests {
    static let job: [UInt8] = [0x1B, 0x40] + Array("Hello\n".utf8) + [0x1D, 0x56, 0x01]

    @Test func writesTheJobToTheDevice() throws {
        // Given a file standing in for /dev/usb/lp0
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/lp0"
        try directory.create(path, contents: [])
        let transport = DeviceFilePrinterTransport(path: path)

        // When a job is written and the device let go
        try transport.write(Self.job)
        transport.close()

        // Then the device got exactly the job, and the address is the path
        #expect(directory.contents(of: path) == Self.job)
        #expect(transport.address == path)
    }

    @Test func aMissingDeviceIsUnreachable() {
        // Given a device path with nothing behind it (usblp not loaded, printer off)
        let transport = DeviceFilePrinterTransport(path: "/dev/usb/lp-till-missing")

        // When a job is written; Then the cashier is told it cannot be reached, and why
        let missing = PrinterError.unreachable(address: "/dev/usb/lp-till-missing", reason: "no such file or directory")
        #expect(throws: missing) {
            try transport.write(Self.job)
        }
    }

    @Test(.enabled(if: getuid() != 0, "root opens a mode-000 file, so EACCES cannot happen in this process"))
    func aDeviceThisUserMayNotOpenGivesTheGroupFix() throws {
        // Given a device file nobody may open
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/lp0"
        try directory.create(path, contents: [], mode: 0o000)
        let transport = DeviceFilePrinterTransport(path: path)

        // When a job is written; Then the error is permission denied, with the lp-group fix
        let error = #expect(throws: PrinterError.self) { try transport.write(Self.job) }
        #expect(error == .permissionDenied(address: path))
        #expect(error?.description.contains("lp group") == true)
    }

    @Test(.enabled(if: getuid() == 0 && BuiltTool("printer-probe") != nil && access("/usr/bin/setpriv", X_OK) == 0,
                   "needs root, setpriv and the built printer-probe to open the device as user nobody"))
    func aDeviceNobodyMayOpenGivesTheGroupFixEvenWhenTestsRunAsRoot() throws {
        // Given a device file with mode 000 in a directory everybody may enter
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        chmod(directory.path, 0o755)
        let path = directory.path + "/lp0"
        try directory.create(path, contents: [], mode: 0o000)
        let probe = try #require(BuiltTool("printer-probe"))

        // When the transport, run as user nobody, writes a job
        let run = try probe.run([path, "write=1b40"],
                                prefix: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])

        // Then it reports permission denied with the lp-group fix, and nothing was written
        #expect(run.firstLine.hasPrefix("error permissionDenied: Till may not open \(path): "
            + "add the till's user to the lp group"), "\(run.output)")
        #expect(directory.contents(of: path).isEmpty)
    }
}

@Suite struct FileTransportTests {
    @Test func appendsEveryJobAndNeverTalksBack() throws {
        // Given a file transport on a path that does not exist yet
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path + "/out.bin"
        let first = FilePrinterTransport(path: path)

        // When two jobs are written, the second by a transport opened later
        try first.write([0x1B, 0x40] + Array("One\n".utf8))
        first.close()
        let second = FilePrinterTransport(path: path)
        try second.write(Array("Two\n".utf8) + [0x1D, 0x56, 0x01])

        // Then the file holds both, in order, and reading gives nothing
        let printed = PrintedReceipt(decoding: directory.contents(of: path))
        #expect(printed == PrintedReceipt(lines: ["One", "Two"], cuts: 1))
        #expect(try second.read(maximum: 8, timeoutMilliseconds: 10).isEmpty)
        #expect(second.address == "file://\(path)")
    }

    @Test func aFileInAMissingDirectoryIsUnreachable() {
        // Given a path whose directory does not exist
        let transport = FilePrinterTransport(path: "/tmp/till-missing-directory/out.bin")

        // When a job is written; Then the error names the file and the reason
        #expect(throws: PrinterError.unreachable(address: "file:///tmp/till-missing-directory/out.bin",
                                                 reason: "no such file or directory")) {
            try transport.write([0x1B, 0x40])
        }
    }
}
