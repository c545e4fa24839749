import Testing
import TillCore
import TillDevices

/// Display text is plain ASCII, exactly 20 columns a line, with the amount kept whole.
@Suite struct CustomerDisplayLinesTests {
    @Test func accentsAreStrippedAndOtherScriptsBecomeQuestionMarks() {
        // Given text a pole display's default code page cannot show
        let lines = DisplayLines(top: "Crème brûlée – Maß €", bottom: "抹茶 🍰\tÅ")

        // Then accents go, a few signs are spelled out, the rest become "?", cut or padded to 20
        #expect(lines.top == "Creme brulee - Mass ")
        #expect(lines.bottom == "?? ? A              ")
    }

    @Test func aLongNameIsCutSoThePriceStaysWhole() throws {
        // Given a long, accented item name rung up at 5.40
        let table = try TaxTable([TaxClass(code: "std", rate: TaxRate(percent: "8.1"))])
        let chf = Currency(code: "CHF", exponent: 2)
        let context = PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)))
        let time = LocalTime(weekday: 1, hour: 8, minute: 0)
        var cart = Cart(currency: chf, openedAt: time)
        let name = "Café au lait extra grand à l'avoine"
        try cart.add(Product(id: "c", sku: "c", name: name, price: 270, taxCodes: ["std"]), quantity: .each(2), at: time)
        let priced = try context.price(cart)

        // When it is shown as rung
        let lines = DisplayLines.rung(try #require(priced.lines.last), cartTotal: priced.total, currency: chf)

        // Then the quantity leads, the name is cut and the amount is whole
        #expect(lines == DisplayLines(top: "2x Cafe au lait 5.40", bottom: "TOTAL           5.40"))
    }
}
