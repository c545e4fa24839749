import Foundation
import Testing

/// `till printer test`, run as a shop would run it: the real binary, printing to a file.
@Suite struct PrinterTestCommandTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = CrashResumeTests.till
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theTestPageGoesToTheGivenPrinterWithTheProfilesCut() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")
        // Given an output file standing in for the printer
        let output = FileManager.default.temporaryDirectory.appending(path: "till-test-page-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: output) }
        // When the 58 mm profile's test page is printed to it
        let result = try run(["printer", "test", "--file", output.path, "--profile", "generic-58mm"])
        // Then it says so, and the bytes start with ESC @ and hold the page's text and its barcode
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("Sent the Generic 58 mm test page"))
        #expect(result.output.contains("does not report its status"))
        let bytes = Array(try Data(contentsOf: output))
        #expect(bytes.starts(with: [0x1B, 0x40]))
        #expect(bytes.contains(Array("Till printer test".utf8)))
        #expect(bytes.contains([0x1D, 0x6B, 0x43, 0x0D] + Array("4006381333931".utf8)))
    }

    @Test func aWrongAddressOrProfileIsRefusedInPlainWords() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")

        let badProfile = try run(["printer", "test", "--file", "/tmp/x.bin", "--profile", "tm-t99"])
        let badAddress = try run(["printer", "test", "--tcp", "printer.example:notaport", "--profile", "generic-80mm"])

        #expect(badProfile.status != 0)
        #expect(badProfile.output.contains("no printer profile called tm-t99"))
        #expect(badAddress.status != 0)
        #expect(badAddress.output.contains("is not valid"))
    }
}
