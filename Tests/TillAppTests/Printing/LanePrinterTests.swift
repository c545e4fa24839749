import Foundation
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// A lane whose till.toml names a printer: the print worker runs on its own thread and prints the
/// queue the sale commit fills.
@Suite struct LanePrinterTests {
    func terminal() throws -> (TestTerminal, URL) {
        let output = FileManager.default.temporaryDirectory.appending(path: "till-printer-\(UUID().uuidString).bin")
        return (try TestTerminal(printer: "file://\(output.path)"), output)
    }

    func printed(_ output: URL) -> [UInt8] {
        (try? Data(contentsOf: output)).map(Array.init) ?? []
    }


    @Test func aCashSaleKicksTheDrawerAndPrintsItsReceipt() async throws {
        // Given a lane printing to a file, with the drawer on pin 2 (the default 50/250 ms pulse)
        let (till, output) = try terminal()
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(till.state.printer == .ready)
        #expect(till.state.profile.printColumns == 48)
        try till.openShift()
        // When a coffee is paid in cash
        till.type("102")
        try till.press("F2")
        try till.press("F3")
        // Then the receipt prints on its own thread, with the store's name and the drawer kick
        let kick: [UInt8] = [0x1B, 0x70, 0x00, 0x19, 0x7D]
        let done = await till.waitForBackground {
            let bytes = printed(output)
            return bytes.contains(Array("Receipt".utf8)) && bytes.contains(kick)
        }
        #expect(done)
        #expect(printed(output).contains(Array("Till Demo Caf".utf8)))
        #expect(try await till.waitForBackground { try till.database.pendingPrintJobs() == 0 })
        #expect(try till.database.sale(id: try #require(till.state.sale.lastSale).order.id)?.receiptPrint == .printed)
    }

    @Test func whatAFilePrinterPrintedIsShownOnScreen() async throws {
        // Given a lane printing to a file (as the demo does) and a paid sale
        let (till, output) = try terminal()
        defer { try? FileManager.default.removeItem(at: output) }
        try till.openShift()
        till.type("102")
        try till.press("F2")
        try till.press("F3")
        // When its receipt has printed and the cashier asks to see it
        #expect(await till.waitForBackground { till.state.lastPrintout?.contains { $0.contains("Receipt 1") } == true })
        try till.press("M-v")
        // Then the slip is drawn over the sale screen, and any key puts it away
        let lines = till.screen(width: 100, height: 60)
        #expect(lines.contains { $0.contains("Last printout") })
        #expect(lines.contains { $0.contains("T O T A L") && $0.contains("5 . 2 0") })
        #expect(lines.contains { $0.contains("Cashier") })
        try till.press("esc")
        #expect(till.state.overlay == nil)
    }

    @Test func theReportInViewPrintsAtThePrintersWidth() async throws {
        // Given a sale and the reports screen on a lane with a 48-column printer
        let (till, output) = try terminal()
        defer { try? FileManager.default.removeItem(at: output) }
        try till.openShift()
        till.type("101")
        till.type("CA")
        try till.press("M-r")
        // When the manager prints what is shown
        try till.press("F5")
        // Then the X report is queued and printed as text 48 columns wide
        #expect(till.state.reports.message?.text.hasSuffix("queued for the receipt printer") == true)
        #expect(try await till.waitForBackground { try till.database.pendingPrintJobs() == 0 })
        let text = String(decoding: printed(output).filter { $0 == 0x0A || (0x20..<0x7F).contains($0) }, as: UTF8.self)
        let report = try #require(text.range(of: "X REPORT", options: .caseInsensitive).map { text[$0.lowerBound...] })
        #expect(report.contains("4.20"))
        // Each line may keep the printable argument bytes of its style commands (ESC a n, ESC E n): a few more.
        #expect(report.split(separator: Character("\n")).allSatisfy { $0.count <= 48 + 4 })
        #expect(report.split(separator: Character("\n")).contains { $0.count > 44 })
    }

    @Test func aLaneWithoutAPrinterSaysSoWhenAskedToPrint() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("M-r")

        try till.press("F5")

        #expect(till.state.reports.message?.text == "This lane has no receipt printer (set one in till.toml)")
        #expect(try till.database.pendingPrintJobs() == 0)
    }
}
