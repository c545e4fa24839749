import Testing
import TillCore

@Suite struct DenominationSetTests {
    @Test(arguments: [
        (DenominationSet.eur, "EUR", "500.00", "0.01"),
        (.usd, "USD", "100.00", "0.01"),
        (.gbp, "GBP", "50.00", "0.01"),
        (.chf, "CHF", "1000.00", "0.05"),
        (.jpy, "JPY", "10000", "1"),
        (.sek, "SEK", "1000.00", "1.00"),
    ])
    func standardSets(set: DenominationSet, code: String, largest: String, smallest: String) throws {
        #expect(set.currency == Currency.named(code))
        #expect(DenominationSet.standard(for: set.currency) == set)
        #expect(set.denominations.first?.label == largest)
        #expect(set.denominations.last?.label == smallest)
        // Largest first, the order a cashier counts in.
        #expect(set.denominations.map(\.minorUnits) == set.denominations.map(\.minorUnits).sorted(by: >))
        // The built-in sets pass the same checks as a store's own.
        #expect(try DenominationSet(currency: set.currency, denominations: set.denominations) == set)
    }

    @Test func notesAndCoinsAreLabelledByFaceValue() throws {
        let twenty = try #require(DenominationSet.eur.denomination(worth: 2_000))
        #expect(twenty.kind == .note)
        #expect(twenty.label == "20.00")
        #expect(DenominationSet.eur.denomination(worth: 5)?.label == "0.05")
        #expect(DenominationSet.eur.denomination(worth: 200)?.kind == .coin)
        #expect(DenominationSet.jpy.denomination(worth: 1_000)?.label == "1000")
        #expect(DenominationSet.eur.denomination(worth: 300) == nil)
    }

    @Test func unknownCurrenciesHaveNoBuiltInSet() throws {
        #expect(DenominationSet.standard(for: try #require(Currency.named("BHD"))) == nil)
    }

    @Test func aStoreSetIsChecked() throws {
        let euro = DenominationSet.eur.currency
        let pound = DenominationSet.gbp.currency
        #expect(throws: ShiftError.emptyDenominationSet(currency: "EUR")) {
            try DenominationSet(currency: euro, notes: [], coins: [])
        }
        #expect(throws: ShiftError.invalidDenomination(label: "0.00")) {
            try DenominationSet(currency: euro, notes: [500], coins: [0])
        }
        #expect(throws: ShiftError.duplicateDenomination(label: "1.00")) {
            try DenominationSet(currency: euro, notes: [100], coins: [100])
        }
        #expect(throws: ShiftError.currencyMismatch(expected: "EUR", got: "GBP")) {
            try DenominationSet(currency: euro, denominations: [Denomination(500, .note, currency: pound)])
        }
        let small = try DenominationSet(currency: euro, notes: [500], coins: [100, 200])
        #expect(small.denominations.map(\.label) == ["5.00", "2.00", "1.00"])
    }
}
