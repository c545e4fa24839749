import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore

/// Every screen drawn into a buffer at 80×24 and at 200×60, as the terminal would show it.
@Suite struct ScreenTests {
    static let sizes = [(80, 24), (200, 60)]

    @Test(arguments: sizes) func loginShowsBothFieldsTheDemoPINsAndTheKeys(width: Int, height: Int) throws {
        let till = try TestTerminal()
        let lines = till.screen(width: width, height: height)
        #expect(lines.count == height)
        #expect(lines[0].hasPrefix(" Till Demo Café & Market · T1"))
        #expect(lines.contains { $0.contains("Staff no.") })
        #expect(lines.contains { $0.contains("PIN") })
        #expect(lines.contains { $0.contains("2 · PIN 2222 · Sam Supervisor") })
        #expect(lines[height - 1].contains("F1 Help"))
    }

    @Test(arguments: sizes) func saleShowsCartTotalsStatusAndKeys(width: Int, height: Int) throws {
        let till = try TestTerminal(training: true)
        try till.openShift()
        for code in ["4006381333931", "2*102", "VD"] { till.type(code) }
        let lines = till.screen(width: width, height: height)
        #expect(lines[0].contains("Chris Cashier"))
        #expect(lines[0].contains("TRAINING"))
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") && $0.contains("1.99") })
        #expect(lines.contains { $0.contains("VOID Cappuccino") })
        #expect(lines.contains { $0.contains("TOTAL CHF") && $0.contains("1.99") })
        #expect(lines[height - 2].hasPrefix("› "))
        #expect(lines[height - 1].contains("F2 Pay"))
    }

    @Test(arguments: sizes) func paymentShowsWhatIsDueAndTheQuickCash(width: Int, height: Int) throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        try till.press("F2")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("TO PAY CHF") })
        #expect(lines.contains { $0.contains("Quick cash: 5.20   10.00   20.00   50.00") })
        #expect(lines[height - 2].hasPrefix("Cash handed over ›"))
        #expect(lines[height - 1].contains("F4 Card"))
    }

    @Test(arguments: sizes) func shiftMenuListsTheOperations(width: Int, height: Int) throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("M-h")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Shift open since") && $0.contains("float 100.00") })
        #expect(lines.contains { $0.contains("5") && $0.contains("Close the shift (blind count)") })
    }

    @Test(arguments: sizes) func theFloatCountListsEveryDenomination(width: Int, height: Int) throws {
        let till = try TestTerminal()
        till.logIn("1", "1111")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Open the shift: count the float") })
        #expect(lines.contains { $0.contains("Counted: 0.00") })
        #expect(lines[height - 1].contains("F10 Done"))
    }

    @Test func theHelpOverlayListsTheKeysOfTheScreenFromTheKeymap() throws {
        let till = try TestTerminal()
        try till.openShift()
        try till.press("F1")
        let lines = till.screen(width: 80, height: 24)
        #expect(lines.contains { $0.contains("Keys — Sale") })
        #expect(lines.contains { $0.contains("F3 Void") })
        #expect(lines.contains { $0.contains("3*code") })
        try till.press("x")
        #expect(till.state.overlay == nil)
    }

    @Test func resizingKeepsEverything() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("102")
        let small = till.screen(width: 80, height: 24)
        let large = till.screen(width: 160, height: 50)
        #expect(small.contains { $0.contains("Cappuccino") } && large.contains { $0.contains("Cappuccino") })
        #expect(till.state.sale.cart.lines.count == 1)
    }

    @Test(arguments: sizes) func menuShowsCategoriesNumberedItemsTotalsAndTheOptionsPanel(width: Int, height: Int) throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F10")
        var lines = till.screen(width: width, height: height)
        #expect(lines.count <= height && lines.allSatisfy { $0.displayWidth <= width })
        #expect(lines.contains { $0.contains("▸ Coffee & tea") && $0.contains("# Item") && $0.contains("Items") })
        #expect(lines.contains { $0.contains("Bakery") && $0.contains("1 Caffè latte") && $0.contains("options") })
        #expect(lines.contains { $0.contains("TOTAL CHF") && $0.contains("4.20") })
        #expect(lines.last?.contains("F10 Sale") == true)
        till.type("1")
        lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Caffè latte — Size (1/2)") })
        #expect(lines.contains { $0.contains("2  [ ] Large") && $0.contains("+0.80") })
    }

    @Test(arguments: sizes) func recallListsTheParkedSales(width: Int, height: Int) throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        try till.press("F7")
        till.type("table 4")
        try till.press("F8")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Recall a parked sale") })
        #expect(lines.contains { $0.contains("table 4") && $0.contains("4.20") })
        #expect(lines.contains { $0.contains("Enter recall") })
    }
}
