import Foundation
import Testing
import TillApp
import TillStore

/// `till report` run as a manager runs it, on a demo store with sales rung up by `till sim`.
@Suite final class ReportCommandTests {
    let folder = FileManager.default.temporaryDirectory.appending(path: "till-report-\(UUID().uuidString)", directoryHint: .isDirectory)

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first (swift build)")
        try DemoStore.seed(DataDirectory(url: folder), training: false)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// `till` with `arguments` on the demo store, `input` on its standard input, run to its end.
    func till(_ arguments: [String], input: String = "") throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = CrashResumeTests.till
        process.arguments = arguments + ["--data-dir", folder.path]
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        (process.standardInput, process.standardOutput, process.standardError) = (stdin, stdout, stderr)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func zClosesTodayPrintsItsJSONAndIsTakenOnce() throws {
        // Given three sales rung up today
        let sim = try till(["sim", "--sales", "3", "--seed", "4"])
        try #require(sim.status == 0, "\(sim.error)")
        let rung = try json(sim.output)
        // When the manager (3, PIN 3333) takes the Z
        let z = try till(["report", "z", "--staff", "3", "--format", "json"], input: "3333\n")
        // Then it is Z 1, of those three sales, and their total starts the grand total
        #expect(z.status == 0, "\(z.error)")
        let report = try json(z.output)
        #expect(report["number"] as? Int == 1)
        #expect(report["sales_count"] as? Int == rung["sales"] as? Int)
        #expect(report["grand_total"] as? Int == rung["total"] as? Int)
        #expect(report["currency"] as? String == "CHF")
        // And it reprints exactly as stored, and on paper under its number
        let again = try till(["report", "z", "--show", "1", "--format", "json"])
        #expect(again.status == 0 && again.output == z.output)
        let paper = try till(["report", "z", "--show", "1", "--columns", "48"])
        #expect(paper.output.hasPrefix(String(repeating: " ", count: 19) + "Z REPORT 1\n"))
        #expect(paper.output.split(separator: "\n").allSatisfy { $0.count <= 48 })
        // And a second Z of the same day is refused, saying why
        let twice = try till(["report", "z", "--staff", "3"], input: "3333\n")
        #expect(twice.status == 1)
        #expect(twice.error.contains("Z report 1 already closed the days through"))
        #expect(twice.output.isEmpty)
    }

    @Test func onlyAMemberWithTheRightAndTheirPINMayTakeAZ() throws {
        _ = try till(["sim", "--sales", "1"])
        let cashier = try till(["report", "z", "--staff", "1"], input: "1111\n")
        #expect(cashier.status == 1)
        #expect(cashier.error.contains("Chris Cashier (cashier) does not hold the Z report permission"))
        let wrong = try till(["report", "z", "--staff", "3"], input: "9999\n")
        #expect(wrong.status == 1)
        #expect(wrong.error.contains("That is not the PIN of staff member 3."))
        let nobody = try till(["report", "z"])
        #expect(nobody.status != 0)
        #expect(nobody.error.contains("taking a Z report needs --staff"))
    }

    @Test func badDatesAreRefusedBeforeAnythingIsRead() throws {
        for (flag, text) in [("--from", "2025-02-30"), ("--to", "3/3/2025")] {
            let refused = try till(["report", "x", flag, text])
            #expect(refused.status != 0)
            #expect(refused.error.contains("\(flag): \(text) is not a day; write it as YYYY-MM-DD."))
            #expect(refused.output.isEmpty)
        }
        let reversed = try till(["report", "sales", "--from", "2025-03-04", "--to", "2025-03-03"])
        #expect(reversed.status != 0)
        #expect(reversed.error.contains("--from 2025-03-04 is after --to 2025-03-03"))
    }

    @Test func theAnalysisReportsPrintTheRangeWithoutClosingIt() throws {
        _ = try till(["sim", "--sales", "2", "--seed", "7"])
        let x = try json(try till(["report", "x", "--format", "json"]).output)
        #expect(x["report"] as? String == "x")
        #expect(x["sales_count"] as? Int == 2)
        let hourly = try till(["report", "hourly", "--format", "csv"])
        #expect(hourly.output.hasPrefix("hour,sales_count,sales\n"))
        #expect(hourly.output.split(separator: "\n").count == 25)
        let none = try till(["report", "z", "--show", "1"])
        #expect(none.status == 1)
        #expect(none.error.contains("There is no Z report 1 on this terminal."))
    }
}
