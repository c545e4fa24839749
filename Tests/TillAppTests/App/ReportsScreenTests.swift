import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The reports screen: today's X figures, and the Z that closes the day once the drawer is counted.
@Suite struct ReportsScreenTests {
    @Test(arguments: ScreenTests.sizes) func showsTodaysXFigures(width: Int, height: Int) throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("CA")
        try till.press("M-r")
        #expect(till.state.route == .reports)
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("X report") })
        #expect(lines.contains { $0.contains("4.20") })
        #expect(lines.allSatisfy { $0.displayWidth <= width })
    }

    @Test func aCashierDrillsDownToTheirSales() throws {
        // Given two sales by cashier 1
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("CA")
        till.type("2*201")
        till.type("CA")
        try till.press("M-r")
        // When the cashiers report is chosen and the first cashier opened
        till.app.send(.key(KeyChord(.character("5"))))
        #expect(till.screen().contains { $0.contains("Cashier") && $0.contains("Net") })
        try till.press("enter")
        // Then their receipts are listed with their totals
        #expect(till.state.reports.drilledCashier?.sales?.map(\.receiptNumber) == [1, 2])
        let lines = till.screen()
        #expect(lines.contains { $0.contains("Sales by 1") })
        #expect(lines.contains { $0.contains("4.20") })
        #expect(lines.contains { $0.contains("3.80") })
        // And Esc goes back to the cashiers
        try till.press("esc")
        #expect(till.state.reports.drilledCashier == nil && till.state.route == .reports)
    }

    @Test func hoursAsABarChartCategoriesDrilledIntoItemsAndOtherDays() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("2*201")
        till.type("CA")
        try till.press("M-r")
        till.app.send(.key(KeyChord(.character("8"))))
        var lines = till.screen(width: 120, height: 40)
        #expect(lines.contains { $0.contains("Sales by hour") })
        #expect(lines.contains { $0.contains(":00") && $0.contains("8.00 (1)") && $0.contains("█") })
        till.app.send(.key(KeyChord(.character("4"))))
        lines = till.screen()
        #expect(lines.contains { $0.contains("coffee") && $0.contains("4.20") })
        #expect(lines.contains { $0.contains("bakery") && $0.contains("3.80") })
        try till.press("enter")
        #expect(till.state.reports.drilledCategory?.categoryID == "coffee")
        #expect(till.screen().contains { $0.contains("Espresso") && $0.contains("4.20") })
        try till.press("esc")
        #expect(till.state.reports.drilledCategory == nil)
        #expect(till.state.route == .reports)

        // The day before has nothing; widening the days back to include it keeps today's sale.
        try till.press("left")
        #expect(till.state.reports.period?.salesCount == 0)
        try till.press("right")
        till.app.send(.key(KeyChord(.character("["))))
        #expect(till.state.reports.period?.salesCount == 1)
        #expect(till.state.reports.from.map { $0 < till.state.reports.to! } == true)
        #expect(till.screen().contains { $0.contains(" to ") })
    }

    @Test func aCashierTakesTheZWithAManagersApprovalOnceTheShiftIsClosed() throws {
        let till = try TestTerminal()
        try till.openShift()
        till.type("101")
        till.type("CA")
        try till.press("M-r")
        try till.press("F10")
        guard case .approval(let prompt)? = till.state.overlay else { Issue.record("no approval asked"); return }
        #expect(prompt.action == .permission(.zReport))
        till.type("3")
        till.type("3333")
        till.type("end of day")
        #expect(till.state.reports.message?.text.contains("is still open; count and close its drawer") == true)
        #expect(try till.database.zReports().isEmpty)

        // Close the shift blind (104.20 counted exactly), then the Z goes through.
        try till.press("M-h")
        till.app.send(.key(KeyChord(.character("5"))))
        while till.state.shiftForm.count.selected?.minorUnits != 1_000 { try till.press("down") }
        till.type("10")
        while till.state.shiftForm.count.selected?.minorUnits != 200 { try till.press("down") }
        till.type("2")
        while till.state.shiftForm.count.selected?.minorUnits != 20 { try till.press("down") }
        till.type("1")
        try till.press("F10")
        try till.press("enter")
        #expect(till.state.shift == nil)
        try till.press("M-r")
        try till.press("F10")
        till.type("3")
        till.type("3333")
        till.type("end of day")
        let lines = till.screen(width: 200, height: 60)
        #expect(lines.contains { $0.contains("Z report 1") })
        #expect(till.state.reports.message?.text == "Z report 1 taken: the days are closed")
        #expect(try till.database.zReports().map(\.number) == [1])
        #expect(try till.database.zReports().first?.salesCount == 1)

        // The day is closed: a second Z is refused, and the next sale counts for tomorrow.
        try till.press("F10")
        till.type("3")
        till.type("3333")
        till.type("again")
        #expect(till.state.reports.message?.kind == .error)
        #expect(try till.database.zReports().count == 1)
        let today = try BusinessCalendar().day(of: till.clock.now)
        #expect(try till.database.bookingDay(for: till.clock.now) > today.iso)
    }
}
