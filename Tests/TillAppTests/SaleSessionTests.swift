import TermUI
import Testing
import TillApp
import TillCore

@Suite struct SaleSessionTests {
    var session: SaleSession

    init() throws {
        session = SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                              clock: { LocalTime(weekday: 2, hour: 10, minute: 0) })
    }

    mutating func type(_ text: String) throws {
        for character in text { _ = session.type(KeyChord(character)) }
        session.handle(.submit)
    }

    @Test mutating func ringsUpScansCodesWithMultipliersAndWeights() throws {
        try type("4006381333931")
        try type("3*201")
        try type("0.5*4011")
        #expect(session.cart.lines.map(\.name) == ["Milk chocolate 100 g", "Butter croissant", "Bananas (kg)"])
        #expect(session.cart.lines.map(\.quantity) == [.one, .each(3), .grams(500)])
        // 1.99 + 3 croissants for 5.00 + 0.5 kg × 2.99 = 1.50
        #expect(session.priced?.total == Int64(199 + 500 + 150))
    }

    @Test mutating func aBadScanIsRefusedWithAMessageAndNothingAdded() throws {
        try type("4006381333932")
        #expect(session.cart.lines.isEmpty)
        #expect(session.message?.kind == .error)
        #expect(session.message?.text.contains("check digit") == true)
    }

    @Test mutating func voidAndDiscountTheSelectedLine() throws {
        try type("102")
        try type("101")
        try type("%10")
        #expect(session.priced?.lines.last?.lineDiscount == 42)
        session.handle(.up)
        session.handle(.voidLine)
        #expect(session.cart.lines[0].voided)
        #expect(session.priced?.total == Int64(420 - 42))
        try type("VD")
        #expect(session.message?.text == "line 1 is already voided")
    }

    @Test mutating func cashAndCardCompleteTheSaleAndStartTheNext() throws {
        try type("102")
        try type("2CA")
        #expect(session.message?.text == "2.00 still to pay" || session.message?.text == "3.20 still to pay")
        try type("CC")
        #expect(session.completed.count == 1)
        #expect(session.completed[0].payment.paid == 520)
        #expect(session.cart.lines.isEmpty)
        try type("101")
        session.handle(.pay)
        #expect(session.completed.count == 2)
        #expect(session.completed[1].training)
    }
}
