import Testing
import TillCore

@Suite struct MoneyTests {
    let eur = Currency.named("EUR")!

    @Test func overflowIsAnErrorNotATrap() {
        let big = Money(minorUnits: .max, currency: eur)
        #expect(throws: MoneyError.overflow) { try big.adding(Money(minorUnits: 1, currency: eur)) }
        #expect(throws: MoneyError.overflow) { try big.multiplied(by: 2) }
        #expect(throws: MoneyError.overflow) { try Money(minorUnits: .min, currency: eur).negated() }
    }

    @Test func currenciesDoNotMix() {
        let chf = Currency.named("chf")!
        #expect(throws: MoneyError.currencyMismatch("EUR", "CHF")) {
            try Money(minorUnits: 1, currency: eur).adding(Money(minorUnits: 1, currency: chf))
        }
    }

    @Test(arguments: [
        (RoundingMode.halfUp, [3, -3, 2, 3, -2]),
        (.halfEven, [2, -2, 2, 3, -2]),
        (.down, [2, -2, 2, 2, -2]),
        (.up, [3, -3, 3, 3, -3]),
    ])
    func roundingModes(mode: RoundingMode, expected: [Int64]) throws {
        // 2.5, -2.5, 2.1, 2.9, -2.1
        let results = try [(25, 10), (-25, 10), (21, 10), (29, 10), (-21, 10)].map { pair throws(MoneyError) in
            try mode.divide(Int64(pair.0), by: Int64(pair.1))
        }
        #expect(results == expected)
    }

    @Test func halfEvenGoesToTheEvenNeighbour() throws {
        #expect(try RoundingMode.halfEven.divide(35, by: 10) == 4)
        #expect(try RoundingMode.halfEven.divide(45, by: 10) == 4)
    }

    @Test func multiplyDivideDoesNotOverflowInTheMiddle() throws {
        let value = try RoundingMode.halfUp.multiplyDivide(Int64.max / 2, 4, by: 4)
        #expect(value == Int64.max / 2)
        #expect(throws: MoneyError.overflow) { try RoundingMode.halfUp.multiplyDivide(.max, 2, by: 1) }
        #expect(throws: MoneyError.divisionByZero) { try RoundingMode.halfUp.divide(1, by: 0) }
    }

    @Test func allocationAddsBackExactly() throws {
        let parts = try Money(minorUnits: 100, currency: eur).allocated([1, 1, 1])
        #expect(parts.map(\.minorUnits) == [34, 33, 33])
        let negative = try Allocation.split(-100, weights: [1, 1, 1])
        #expect(negative == [-34, -33, -33])
        let weighted = try Allocation.split(1_000, weights: [333, 333, 334])
        #expect(weighted.reduce(0, +) == 1_000)
        #expect(try Allocation.split(7, weights: [0, 0]) == [4, 3])
    }

    @Test func exponentsComeFromISO4217() {
        #expect(Currency.named("JPY")?.exponent == 0)
        #expect(Currency.named("BHD")?.exponent == 3)
        #expect(Currency.named("EUR")?.minorPerMajor == 100)
        #expect(Currency.named("XXQ") == nil)
    }
}
