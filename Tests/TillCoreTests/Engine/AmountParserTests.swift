import Testing
import TillCore

@Suite struct AmountParserTests {
    let eur = Currency.named("EUR")!

    @Test(arguments: [("3.50", Int64(350)), ("3,50", 350), ("3.5", 350), ("1.234,56", 123_456), ("1,234.56", 123_456),
                      ("20", 2000), (" 7 ", 700), (".5", 50), ("-2.00", -200), ("0", 0)])
    func readsWhatCashiersType(text: String, minor: Int64) throws {
        #expect(try AmountParser(currency: eur).parse(text) == minor)
    }

    @Test func impliedDecimalTreatsBareDigitsAsMinorUnits() throws {
        let parser = AmountParser(currency: eur, impliedDecimal: true)
        #expect(try parser.parse("350") == 350)
        #expect(try parser.parse("3.50") == 350)
    }

    @Test func currencyExponentDecides() throws {
        #expect(try AmountParser(currency: Currency.named("JPY")!).parse("1200") == 1200)
        #expect(try AmountParser(currency: Currency.named("BHD")!).parse("1.005") == 1005)
        #expect(throws: MoneyError.unreadable("1.5", reason: "JPY has 0 decimal places")) {
            try AmountParser(currency: Currency.named("JPY")!).parse("1.5")
        }
    }

    @Test func refusesWhatIsNotAnAmount() {
        let parser = AmountParser(currency: eur)
        #expect(throws: MoneyError.unreadable("3.505", reason: "EUR has 2 decimal places")) { try parser.parse("3.505") }
        #expect(throws: MoneyError.unreadable("", reason: "no digits")) { try parser.parse("") }
        #expect(throws: MoneyError.unreadable("12a", reason: "'a' is not a digit or a decimal separator")) { try parser.parse("12a") }
        #expect(throws: MoneyError.overflow) { try parser.parse("99999999999999999999") }
    }

    @Test func formatsWithTheCurrencyExponent() {
        #expect(Money(minorUnits: 350, currency: eur).formatted() == "3.50")
        #expect(Money(minorUnits: -5, currency: eur).formatted() == "-0.05")
        #expect(Money(minorUnits: 1200, currency: Currency.named("JPY")!).formatted() == "1200")
        #expect(Money(minorUnits: 1005, currency: Currency.named("BHD")!).formatted(decimalSeparator: ",") == "1,005")
    }
}
