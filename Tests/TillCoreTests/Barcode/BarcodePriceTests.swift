import Testing
import TillCore

@Suite struct BarcodePriceTests {
    let eur = Currency(code: "EUR", exponent: 2)
    let sek = Currency(code: "SEK", exponent: 2)
    let jpy = Currency(code: "JPY", exponent: 0)
    let bhd = Currency(code: "BHD", exponent: 3)

    @Test func pricesBecomeMinorUnits() throws {
        #expect(try BarcodePrice(amount: 199, decimals: 2).money(in: eur) == Money(minorUnits: 199, currency: eur))
        #expect(try BarcodePrice(amount: 459, decimals: 1).money(in: sek).minorUnits == 4590)
        #expect(try BarcodePrice(amount: 459, decimals: 0).money(in: sek).minorUnits == 45900)
        #expect(try BarcodePrice(amount: 1200, decimals: 0).money(in: jpy).minorUnits == 1200)
        #expect(try BarcodePrice(amount: 1250, decimals: 2).money(in: bhd).minorUnits == 12500)
    }

    @Test func extraDecimalsMustBeZero() throws {
        #expect(try BarcodePrice(amount: 1990, decimals: 3).money(in: eur).minorUnits == 199)
        #expect(throws: MoneyError.unreadable("1.995", reason: "has more decimals than EUR allows")) {
            try BarcodePrice(amount: 1995, decimals: 3).money(in: eur)
        }
        #expect(throws: MoneyError.unreadable("4.59", reason: "has more decimals than JPY allows")) {
            try BarcodePrice(amount: 459, decimals: 2).money(in: jpy)
        }
    }

    @Test func overflowIsAnError() {
        #expect(throws: MoneyError.overflow) { try BarcodePrice(amount: .max, decimals: 0).money(in: eur) }
        #expect(throws: MoneyError.overflow) { try BarcodePrice(amount: 1, decimals: -30).money(in: eur) }
        #expect(throws: MoneyError.overflow) { try BarcodePrice(amount: 1, decimals: .min).money(in: eur) }
    }

    @Test(arguments: [
        (BarcodePrice(amount: 199, decimals: 2), "1.99"),
        (BarcodePrice(amount: 5, decimals: 2), "0.05"),
        (BarcodePrice(amount: 459, decimals: 0), "459"),
        (BarcodePrice(amount: 1995, decimals: 3), "1.995"),
        (BarcodePrice(amount: 0, decimals: 1), "0.0"),
    ])
    func text(price: BarcodePrice, text: String) {
        #expect(price.text == text)
    }
}
