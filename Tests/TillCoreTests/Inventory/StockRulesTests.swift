import Testing
import TillCore

/// The rules a stock movement must follow before it is booked: quantities, reasons, locations.
@Suite struct StockRulesTests {
    @Test(arguments: [("12", Int64(12_000)), ("0.250", 250), (" 3 ", 3_000), ("1,5", 1_500)])
    func quantitiesReadAsPeopleTypeThem(text: String, thousandths: Int64) throws {
        #expect(try StockQuantity.parse(text) == Quantity(thousandths: thousandths))
    }

    @Test func signsAreReadOnlyWhereStockMayGoEitherWay() throws {
        #expect(try StockQuantity.parse("-3", signed: true) == .each(-3))
        #expect(try StockQuantity.parse("+2", signed: true) == .each(2))
        #expect(throws: InventoryError.badQuantity("-3", signed: false)) { try StockQuantity.parse("-3") }
        #expect(throws: InventoryError.badQuantity("--3", signed: true)) { try StockQuantity.parse("--3", signed: true) }
    }

    @Test func zeroScansAndNonsenseAreRefused() throws {
        #expect(throws: InventoryError.badQuantity("0", signed: false)) { try StockQuantity.parse("0") }
        #expect(try StockQuantity.parse("0", allowingZero: true) == Quantity(thousandths: 0))
        #expect(throws: InventoryError.self) { try StockQuantity.parse("4006381333931") }
        #expect(throws: InventoryError.self) { try StockQuantity.parse("1.2345") }
        #expect(throws: InventoryError.self) { try StockQuantity.parse("two") }
    }

    @Test func aReasonThatOnlyTakesStockAwayRefusesToAddIt() throws {
        // Given damage, which only takes stock away, and found, which only adds it
        // When each is given the wrong sign, Then it is refused, saying what to type instead
        #expect(throws: InventoryError.wrongDirection(.damage, .each(2), product: "Milk")) {
            try AdjustmentReason.damage.check(.each(2), product: "Milk")
        }
        #expect(InventoryError.wrongDirection(.damage, .each(2), product: "Milk").description
            == "Milk: damage only takes stock away, so 2 is the wrong way; type -2 or choose another reason.")
        #expect(throws: InventoryError.wrongDirection(.found, .each(-1), product: "Milk")) {
            try AdjustmentReason.found.check(.each(-1), product: "Milk")
        }
        // And a count correction goes either way, but never by nothing
        try AdjustmentReason.countCorrection.check(.each(5), product: "Milk")
        try AdjustmentReason.countCorrection.check(.each(-5), product: "Milk")
        #expect(throws: InventoryError.zeroQuantity(product: "Milk")) {
            try AdjustmentReason.countCorrection.check(Quantity(thousandths: 0), product: "Milk")
        }
    }

    @Test func locationIdsAreShortStableWords() throws {
        #expect(try StockLocation(id: "back-room", name: " Back room ").name == "Back room")
        for bad in ["", "Back Room", "9shelf", "back_room", String(repeating: "a", count: 33)] {
            #expect(throws: InventoryError.badLocationID(bad)) { try StockLocation(id: bad, name: "x") }
        }
        #expect(throws: InventoryError.blankLocationName(id: "cellar")) { try StockLocation(id: "cellar", name: "  ") }
    }

    @Test func aDeliveryIsCheckedWholeAndValuedAtCost() throws {
        // Given a delivery of 12 milk at 0.85 and 0.500 kg of cheese at 18.90 a kilo
        let milk = try Delivery.Line(productID: "milk", label: "Milk", quantity: .each(12), unitCost: 85)
        let cheese = try Delivery.Line(productID: "cheese", label: "Cheese", quantity: Quantity(thousandths: 500), unitCost: 1_890)
        let delivery = try Delivery(supplier: " Dairy ", reference: "", lines: [milk, cheese])
        // Then its value is 10.20 + 9.45, and a blank reference is none
        #expect(try delivery.value() == 1_965)
        #expect(delivery.supplier == "Dairy" && delivery.reference == nil)
        // And an empty delivery, or a negative cost, is refused
        #expect(throws: InventoryError.emptyDelivery) { try Delivery(supplier: nil, reference: nil, lines: []) }
        #expect(throws: InventoryError.negativeCost(product: "Milk")) {
            try Delivery.Line(productID: "milk", label: "Milk", quantity: .each(1), unitCost: -1)
        }
    }
}
