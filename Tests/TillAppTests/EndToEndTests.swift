import Foundation
import Testing
import TillApp
import TillCore
import TillStore

/// The real `till` binary in a real terminal (tmux): a cashier's whole shift and the Z, keys in,
/// screen out, then the database is checked for exactly that sale.
@Suite(.serialized) struct EndToEndTests {
    @Test func aShiftFromLoginToTheZReportInTmux() async throws {
        let tmux = try #require(TmuxSession.tmuxPath, "tmux is not installed (make test installs it)")
        try #require(FileManager.default.isExecutableFile(atPath: CrashResumeTests.till.path), "build the till executable first")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("till-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DemoStore.seed(DataDirectory(url: folder), training: false)
        // A serial scanner on a pty; keyboard scans are told apart by their prefix, so typing is never held back.
        let scanner = try PtyScanner()
        try setSetting("scanner", to: "\"\(scanner.path)\"", in: folder)
        try setSetting("scanner-keyboard", to: "\"prefix\"", in: folder)
        let session = try TmuxSession(tmux: tmux, command: [CrashResumeTests.till.path, "--data-dir", folder.path])
        defer { session.kill() }

        // Log in as the demo cashier and count the float.
        try await session.openDemoShift()

        // One item scanned while "3*20" is half typed: the scan lands in the cart and the text stays,
        // so finishing it rings up 3 croissants; then one from the menu with an option.
        await session.keys("3", "*", "2", "0")
        try await session.waitFor("› 3*20")
        scanner.scan("4006381333931")
        try await session.waitFor("Milk chocolate 100 g added")
        #expect(session.screen().contains("› 3*20"))
        await session.type("1")
        try await session.waitFor("Butter croissant")
        await session.keys("F10")
        try await session.waitFor("Categories")
        await session.type("1")
        try await session.waitFor("Size (1/2)")
        await session.keys("2")
        try await session.waitFor("Milk (2/2)")
        await session.keys("Enter")
        try await session.waitFor("Caffè latte added")
        await session.keys("Escape")
        try await session.waitFor("Caffè latte · Large")
        try await session.waitFor("14.09")

        // Part by card, the rest in cash: 20.00 for 9.09 still due (9.10 rounded) gives 10.90 back.
        await session.keys("F2")
        try await session.waitFor("Payment")
        await session.type("5CC")
        try await session.waitFor("9.09")
        await session.type("20")
        try await session.waitFor("Change 10.90")

        // Close the shift blind: 100.00 counted where 109.10 are expected, so a reason is asked.
        await session.keys("M-h")
        try await session.waitFor("Paid in")
        await session.keys("5")
        try await session.waitFor("count the drawer (blind)")
        for _ in 0..<TmuxSession.tensRow { await session.keys("Down") }
        await session.type("10")
        try await session.waitFor("Counted: 100.00")
        await session.keys("F10")
        try await session.waitFor("-9.10")
        await session.keys("Enter")
        try await session.waitFor("type a reason")
        await session.type("end-to-end test")
        try await session.waitFor("Shift closed: short by 9.10")

        // The Z report closes the day; the cashier may not take it, so the manager approves in place.
        await session.keys("M-r")
        try await session.waitFor("X report")
        await session.keys("F10")
        try await session.waitFor("Approval needed")
        await session.type("3")
        await session.type("3333")
        await session.type("end of day")
        try await session.waitFor("Z report 1")

        // A supervisor puts the lane into training: it reopens on a practice copy, and back.
        await session.keys("M-t")
        try await session.waitFor("Approval needed")
        await session.type("2")
        await session.type("2222")
        await session.type("new starter")
        try await session.waitFor("TRAINING")
        await session.type("5")
        await session.type("5555")
        try await session.waitFor("Open the shift: count the float")
        await session.keys("M-t")
        try await session.waitFor("L back to live")
        await session.keys("l")
        try await session.waitFor("Take this lane back to the live store?")
        await session.keys("Enter")
        try await session.waitFor("Staff")
        #expect(!session.screen().contains("TRAINING"))
        #expect(FileManager.default.fileExists(atPath: TrainingLane.directory(of: DataDirectory(url: folder)).databaseURL.path))

        // The store holds exactly that sale.
        let (database, _) = try StoreSetup.open(directory: DataDirectory(url: folder))
        let day = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        let sales = try database.sales(on: today)
        #expect(sales.map(\.receiptNumber) == [1])
        let sale = try #require(sales.first)
        #expect(sale.total == 1_409)
        let order = try #require(try database.order(id: sale.id))
        #expect(order.payment.paid == 2_500)
        #expect(order.payment.change == 1_090)
        #expect(order.payment.rounding == 1)
        #expect(order.cart.activeLines.map(\.name) == ["Milk chocolate 100 g", "Butter croissant", "Caffè latte"])
        #expect(order.cart.activeLines.map(\.quantity) == [.one, .each(3), .one])
        #expect(order.tenders.map(\.amount) == [500, 2_000])
        #expect(try database.currentShift(terminalID: "T1") == nil)
        let z = try #require(try database.zReports().first)
        #expect(z.number == 1)
        #expect(z.salesCount == 1)
        #expect(z.gross == 1_409)
        #expect(z.grandTotals.total == 1_409)
    }
}
