import Foundation
import Testing
import TillApp
import TillStore

/// `till stock` run as a manager runs it from the shell, on the demo store (not in training).
@Suite final class StockCommandTests {
    let folder = FileManager.default.temporaryDirectory.appending(path: "till-stock-\(UUID().uuidString)", directoryHint: .isDirectory)

    init() throws {
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first (swift build)")
        try DemoStore.seed(DataDirectory(url: folder), training: false)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// `till stock` with `arguments` on the demo store, run to its end.
    func stock(_ arguments: [String], in store: URL? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = CrashResumeTests.till
        process.arguments = ["stock"] + arguments + ["--data-dir", (store ?? folder).path]
        let (stdout, stderr) = (Pipe(), Pipe())
        (process.standardOutput, process.standardError) = (stdout, stderr)
        try process.run()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: error, as: UTF8.self))
    }

    /// The chocolate's level at a location, read back through `levels --format json`.
    func chocolate(at location: String = "floor") throws -> Double {
        let listed = try stock(["levels", "--sku", "chocolate", "--location", location, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        return rows.first?["quantity"] as? Double ?? 0
    }

    @Test func aDeliveryIsBookedOnceAndShowsInEveryFormat() throws {
        let before = try chocolate()
        // When 24 bars arrive at 0.80 on delivery note DN-1
        let received = try stock(["receive", "--sku", "4006381333931", "--quantity", "24", "--cost", "0.80", "--reference", "DN-1"])
        #expect(received.status == 0, "\(received.error)")
        #expect(received.output.hasPrefix("Received 1 line at floor (receipt "))
        #expect(received.output.hasSuffix("), 19.20 at cost\n"))
        #expect(try chocolate() == before + 24)
        // Then the same note again is refused and books nothing
        let again = try stock(["receive", "--sku", "chocolate", "--quantity", "24", "--reference", "DN-1"])
        #expect(again.status == 1 && again.error.contains("Delivery note DN-1 was booked already"))
        #expect(try chocolate() == before + 24)
        // And the levels list as text, CSV and JSON
        let csv = try stock(["levels", "--sku", "chocolate", "--format", "csv"])
        #expect(csv.output.hasPrefix("sku,name,location,quantity,status\nCHOCOLATE,Milk chocolate 100 g,floor,"))
        let text = try stock(["levels", "--sku", "chocolate"])
        #expect(text.output.split(separator: "\n").first?.hasPrefix("sku        name") == true)
    }

    @Test func aDeliveryFileWithABadLineBooksNothingAndNamesTheLine() throws {
        let file = folder.appending(path: "delivery.csv")
        try "code,quantity,cost\n4006381333931,12,0.80\n101,two,1.00\n99999,1,\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try stock(["receive", file.path])
        #expect(refused.status == 1)
        #expect(refused.error.contains("line 3: Espresso: \"two\" is not a quantity"))
        #expect(refused.error.contains("line 4: there is no PLU 99999"))
        #expect(refused.error.contains("Nothing was booked."))
        try "4006381333931\n4006381333931,2\n".write(to: file, atomically: true, encoding: .utf8)
        let before = try chocolate()
        #expect(try stock(["receive", file.path]).output.hasPrefix("Received 2 lines at floor"))
        #expect(try chocolate() == before + 3)
    }

    @Test func adjustmentsNeedAReasonThatGoesTheirWay() throws {
        let before = try chocolate()
        let damaged = try stock(["adjust", "--sku", "chocolate", "--quantity=-2", "--reason", "damage", "--note", "dropped"])
        #expect(damaged.status == 0, "\(damaged.error)")
        #expect(damaged.output.hasPrefix("Milk chocolate 100 g at floor: -2 (damage); now "))
        #expect(try chocolate() == before - 2)
        let wrong = try stock(["adjust", "--sku", "chocolate", "--quantity", "2", "--reason", "theft"])
        #expect(wrong.status == 1 && wrong.error.contains("theft only takes stock away, so 2 is the wrong way; type -2"))
        let unknown = try stock(["adjust", "--sku", "chocolate", "--quantity", "1", "--reason", "gift"])
        #expect(unknown.status != 0 && unknown.error.contains("--reason must be one of damage, theft"))
    }

    @Test func aTransferToTheBackRoomArrivesShortAndACountThereIsPosted() throws {
        // Given a back room
        #expect(try stock(["locations", "add", "--id", "back-room", "--name", "Back room"]).status == 0)
        #expect(try stock(["locations", "--format", "csv"]).output == "id,name\nfloor,Shop floor\nback-room,Back room\n")
        // When 5 bars go to the back room and 4 arrive
        let floor = try chocolate()
        let sent = try stock(["transfer", "send", "--from", "floor", "--to", "back-room", "--sku", "chocolate", "--quantity", "5"])
        #expect(sent.output == "Transfer T1-1 sent: floor → back-room, 1 line in transit\n", "\(sent.error)")
        #expect(try chocolate() == floor - 5 && chocolate(at: "back-room") == 0)
        let received = try stock(["transfer", "receive", "T1-1", "--sku", "chocolate", "--quantity", "4"])
        #expect(received.output == "Transfer T1-1 received at back-room; differences recorded: Milk chocolate 100 g: 1 short\n")
        #expect(try chocolate(at: "back-room") == 4)
        let list = try stock(["transfer", "list", "--format", "json"])
        #expect(list.output.contains("\"discrepancies\":\"Milk chocolate 100 g: 1 short\""))
        // And a count there finds 6, and posting it books the 2 over
        #expect(try stock(["count", "start", "--location", "back-room"]).output
            == "Count 1 started at back-room (partial): 1 product on the books\n")
        #expect(try stock(["count", "add", "1", "--sku", "chocolate", "--quantity", "6"]).output
            == "Milk chocolate 100 g: 6 counted, 4 expected\n")
        let show = try stock(["count", "show", "1", "--format", "csv"])
        #expect(show.output == "product,name,expected,counted,variance,value\nchocolate,Milk chocolate 100 g,4,6,2,\n")
        #expect(try stock(["count", "post", "1"]).output == "Count 1 posted: 1 variance booked, 0.00 at cost\n")
        #expect(try chocolate(at: "back-room") == 6)
        #expect(try stock(["count", "post", "1"]).error.contains("Count 1 was posted already"))
    }

    @Test func aTrainingTerminalNeverBooksStock() throws {
        let training = folder.appending(path: "training")
        try DemoStore.seed(DataDirectory(url: training), training: true)
        let process = try stock(["receive", "--sku", "chocolate", "--quantity", "1"], in: training)
        #expect(process.status == 1 && process.error.contains("this terminal is in training mode"))
    }
}
