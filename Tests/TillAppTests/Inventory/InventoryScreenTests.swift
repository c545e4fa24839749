import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The stock screen drawn into a buffer at 80×24 and 200×60, one tab at a time, as a manager uses it.
@Suite struct InventoryScreenTests {
    static let chocolate = "4006381333931"

    /// The demo store with the manager logged in and the stock screen open; a back room added.
    static func managerOnStockScreen(training: Bool = false) throws -> TestTerminal {
        let till = try TestTerminal(training: training)
        try till.database.saveLocation(try StockLocation(id: "back-room", name: "Back room"), at: till.clock.now)
        try till.openShift(as: "3", pin: "3333")
        try till.press("M-i")
        return till
    }

    @Test(arguments: ScreenTests.sizes) func levelsShowAProductAtEveryLocation(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        till.type(Self.chocolate)
        let lines = till.screen(width: width, height: height)
        #expect(lines[1].contains("F2 Levels") && lines[1].contains("F7 Low stock") && lines[1].contains("@ Shop floor"))
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") })
        #expect(lines.contains { $0.contains("Shop floor") })
        #expect(lines.contains { $0.contains("Back room") && $0.contains(" 0") })
        #expect(lines[height - 2].hasPrefix("Levels › "))
        #expect(lines[height - 1].contains("F3 Receive"))
    }

    @Test(arguments: ScreenTests.sizes) func aDeliveryIsScannedCostedAndBooked(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        let before = try till.database.stockLevel(productID: "chocolate")
        try till.press("F3")
        till.type("12*\(Self.chocolate)")
        till.type("@0.80")
        till.type("#DN-1")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Delivery to floor · note DN-1") })
        #expect(lines.contains { $0.contains("12") && $0.contains("Milk chocolate 100 g") && $0.contains("0.80") && $0.contains("9.60") })
        #expect(lines[height - 1].contains("F10 Done"))
        try till.press("F10")
        #expect(till.state.inventory.message?.text == "Received 1 line at floor")
        #expect(till.state.inventory.draft.lines.isEmpty)
        #expect(try till.database.stockLevel(productID: "chocolate").thousandths == before.thousandths + 12_000)
    }

    @Test(arguments: ScreenTests.sizes) func anAdjustmentAsksForItsReason(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        try till.press("F4")
        till.app.send(.key(KeyChord(.character("-"))))
        till.type("2*\(Self.chocolate)")
        let asking = till.screen(width: width, height: height)
        #expect(asking.contains { $0.contains("Milk chocolate 100 g: -2") })
        #expect(asking.contains { $0.contains("1  damage") } && asking.contains { $0.contains("8  other") })
        till.app.send(.key(KeyChord(.character("1"))))
        #expect(till.state.inventory.message?.text == "Milk chocolate 100 g: -2 (damage) at floor")
        #expect(till.state.inventory.adjustment == nil)
    }

    @Test(arguments: ScreenTests.sizes) func aTransferIsSentThenReceivedShortInTheBackRoom(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        try till.press("F5")
        till.type("5*\(Self.chocolate)")
        till.type(">back-room")
        #expect(till.screen(width: width, height: height).contains { $0.contains("Transfer floor → back-room") })
        try till.press("F10")
        #expect(till.state.inventory.message?.text == "Transfer T1-1 sent: floor → back-room, in transit until received")
        if width >= 80 { #expect(till.screen(width: width, height: height).contains { $0.contains("T1-1  floor → back-room") }) }
        try till.press("F8")
        #expect(till.state.inventory.locationID == "back-room")
        till.type("R T1-1")
        till.type("4*\(Self.chocolate)")
        let receiving = till.screen(width: width, height: height)
        #expect(receiving.contains { $0.contains("Receiving transfer T1-1") })
        #expect(receiving.contains { $0.contains("Milk chocolate 100 g") && $0.contains("5") && $0.contains("4") && $0.contains("-1") })
        try till.press("F10")
        #expect(till.state.inventory.message?.text == "Transfer T1-1 received; differences: Milk chocolate 100 g: 1 short")
        #expect(try till.database.stockLevel(productID: "chocolate", locationID: "back-room") == .each(4))
    }

    @Test(arguments: ScreenTests.sizes) func aCountIsStartedScannedAndPosted(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        try till.press("F6")
        #expect(till.screen(width: width, height: height).contains { $0.contains("No count is open here.") })
        try till.press("F10")
        #expect(till.state.inventory.overview.openCount?.number == 1)
        till.type(Self.chocolate)
        till.type("2*\(Self.chocolate)")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Count 1 · floor · partial · 1 of") })
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") && $0.contains(" 3") })
        try till.press("F10")
        #expect(till.state.inventory.message?.text.hasPrefix("Count 1 posted: 1 variance") == true)
        #expect(till.state.inventory.overview.openCount == nil)
        #expect(try till.database.stockLevel(productID: "chocolate") == .each(3), "nothing sold since the count started")
    }

    @Test(arguments: ScreenTests.sizes) func theLowStockListShowsWhatToOrder(width: Int, height: Int) throws {
        let till = try Self.managerOnStockScreen()
        try till.database.setReorderLevel(try ReorderLevel(point: .each(5), quantity: .each(24), product: "chocolate"),
                                          of: "chocolate", at: "floor")
        try till.press("F7")
        try till.press("F8")
        try till.press("F8")
        let lines = till.screen(width: width, height: height)
        #expect(lines.contains { $0.contains("Low stock at floor (1)") })
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") && $0.contains("24") })
    }
}
