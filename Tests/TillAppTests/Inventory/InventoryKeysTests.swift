import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// The stock screen's keys through the reducer: permissions and approval, training, scans, Esc.
@Suite struct InventoryKeysTests {
    static let chocolate = InventoryScreenTests.chocolate

    @Test func aCashierWritesStockOffOnlyWithASupervisorsApproval() throws {
        // Given the cashier on the stock screen's adjust tab
        let till = try TestTerminal()
        try till.openShift()
        try till.press("M-i")
        #expect(till.state.route == .inventory)
        try till.press("F4")
        // When they scan a damaged bar and pick "damage"
        till.type(Self.chocolate)
        till.app.send(.key(KeyChord(.character("1"))))
        // Then a supervisor is asked for, and once approved the bar is written off with both names
        guard case .approval(let prompt)? = till.state.overlay else { Issue.record("no approval asked"); return }
        #expect(prompt.action == .permission(.adjustStock))
        let before = try till.database.stockLevel(productID: "chocolate")
        till.type("3")
        till.type("3333")
        till.type("dropped")
        #expect(till.state.overlay == nil)
        #expect(try till.database.stockLevel(productID: "chocolate").thousandths == before.thousandths - 1_000)
        #expect(till.state.inventory.message?.text == "Milk chocolate 100 g: -1 (damage) at floor")
    }

    @Test func trainingNeverChangesStock() throws {
        let till = try InventoryScreenTests.managerOnStockScreen(training: true)
        let before = try till.database.outbox().count
        try till.press("F3")
        till.type(Self.chocolate)
        try till.press("F10")
        #expect(till.state.inventory.message?.text == "Training mode: stock is not changed; leave training mode to book it")
        #expect(try till.database.outbox().count == before)
        #expect(till.state.inventory.draft.lines.count == 1, "the delivery stays on screen")
    }

    @Test func aScanOnTheStockScreenIsAProductThereNotASale() throws {
        let till = try InventoryScreenTests.managerOnStockScreen()
        try till.press("F3")
        till.app.send(.scanned(ScanEvent(text: Self.chocolate, source: .keyboard)))
        till.app.send(.scanned(ScanEvent(text: Self.chocolate, source: .keyboard)))
        #expect(till.state.route == .inventory)
        #expect(till.state.inventory.draft.lines.map(\.quantity) == [.each(2)])
        #expect(till.state.sale.cart.lines.isEmpty)
        till.app.send(.scanned(ScanEvent(text: "4006381333932", source: .keyboard)))
        #expect(till.state.bell)
        #expect(till.state.inventory.message?.kind == .error)
    }

    @Test func escClearsTheLineThenLeavesKeepingTheDraft() throws {
        let till = try InventoryScreenTests.managerOnStockScreen()
        try till.press("F3")
        till.type(Self.chocolate)
        for character in "12" { till.app.send(.key(KeyChord(.character(character)))) }
        try till.press("esc")
        #expect(till.state.inventory.input.text.isEmpty && till.state.route == .inventory)
        try till.press("esc")
        #expect(till.state.route == .sale)
        try till.press("M-i")
        #expect(till.state.inventory.mode == .receive && till.state.inventory.draft.lines.count == 1)
    }

    @Test func mistypedCommandsSayWhatToType() throws {
        let till = try InventoryScreenTests.managerOnStockScreen()
        try till.press("F3")
        till.type("@abc")
        #expect(till.state.inventory.message?.text == "\"abc\" is not a unit cost: type @ and an amount, such as @1.25")
        till.type("0*\(Self.chocolate)")
        #expect(till.state.inventory.message?.text.hasPrefix("\"0\" is not a quantity") == true)
        till.type("99999")
        #expect(till.state.inventory.message?.text == "there is no PLU 99999")
        try till.press("F5")
        till.type(Self.chocolate)
        try till.press("F10")
        #expect(till.state.inventory.message?.text == "Type > and where it goes, such as >back-room")
        till.type(">cellar")
        #expect(till.state.inventory.message?.text == "Send to another location of this store: back-room")
    }

    @Test func theCommandLineGrammar() throws {
        let amounts = AmountParser(currency: Currency(code: "CHF", exponent: 2))
        #expect(try InventoryCommand(parsing: "12*4006381333931", amounts: amounts, signed: false) == .item(code: "4006381333931", quantity: .each(12)))
        #expect(try InventoryCommand(parsing: "-2*101", amounts: amounts, signed: true) == .item(code: "101", quantity: .each(-2)))
        #expect(try InventoryCommand(parsing: "@1.25", amounts: amounts, signed: false) == .cost(125))
        #expect(try InventoryCommand(parsing: "#DN 4711", amounts: amounts, signed: false) == .reference("DN 4711"))
        #expect(try InventoryCommand(parsing: ">Back-Room", amounts: amounts, signed: false) == .destination("back-room"))
        #expect(try InventoryCommand(parsing: "r t1-4", amounts: amounts, signed: false) == .receiveTransfer("T1-4"))
        #expect(try InventoryCommand(parsing: "vd", amounts: amounts, signed: false) == .removeLine)
        #expect(try InventoryCommand(parsing: "Full", amounts: amounts, signed: false) == .word("Full"))
        #expect(throws: InventoryCommandError.missingCode) { try InventoryCommand(parsing: "3*", amounts: amounts, signed: false) }
    }
}
