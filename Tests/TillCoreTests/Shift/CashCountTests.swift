import Foundation
import Testing
import TillCore

@Suite struct CashCountTests {
    @Test func theTotalIsTheSumOfEachLine() throws {
        let float = try ShiftFixtures.float150()
        #expect(float.total == ShiftFixtures.euros(15_000))
        #expect(float.lines.count == DenominationSet.eur.denominations.count)
        let fifties = try #require(float.lines.first { $0.denomination.minorUnits == 5_000 })
        #expect(fifties.quantity == 2)
        #expect(fifties.subtotal == ShiftFixtures.euros(10_000))
    }

    @Test func anEmptyCountIsZero() throws {
        let empty = try CashCount(.jpy)
        #expect(empty.total == .zero(DenominationSet.jpy.currency))
    }

    @Test func negativeCountsAreRefused() throws {
        let twenty = try #require(DenominationSet.eur.denomination(worth: 2_000))
        #expect(throws: ShiftError.negativeCount(label: "20.00")) {
            try CashCount(.eur, quantities: [twenty: -1])
        }
    }

    @Test func notesFromOutsideTheSetAreRefused() throws {
        // A 20-pound note in a euro drawer, and a 3-euro coin that does not exist
        let poundNote = try #require(DenominationSet.gbp.denomination(worth: 2_000))
        #expect(throws: ShiftError.unknownDenomination(label: "20.00", currency: "GBP")) {
            try CashCount(.eur, quantities: [poundNote: 1])
        }
        let threeEuro = Denomination(300, .coin, currency: ShiftFixtures.euro)
        #expect(throws: ShiftError.unknownDenomination(label: "3.00", currency: "EUR")) {
            try CashCount(.eur, quantities: [threeEuro: 0])
        }
    }

    @Test func aTotalTooLargeIsAnErrorNotATrap() throws {
        let fiveHundred = try #require(DenominationSet.eur.denomination(worth: 50_000))
        let one = try #require(DenominationSet.eur.denomination(worth: 1))
        #expect(throws: ShiftError.overflow) { try CashCount(.eur, quantities: [fiveHundred: Int.max / 2]) }
        // Each line fits, but the sum does not.
        #expect(throws: ShiftError.overflow) {
            try CashCount(.eur, quantities: [one: Int.max, fiveHundred: 1])
        }
    }

    @Test func changingALineRetotalsOrLeavesTheCountAlone() throws {
        var count = try ShiftFixtures.float150()
        let ten = try #require(DenominationSet.eur.denomination(worth: 1_000))
        try count.set(3, of: ten)
        #expect(count.quantity(of: ten) == 3)
        #expect(count.total == ShiftFixtures.euros(18_000))
        #expect(throws: ShiftError.negativeCount(label: "10.00")) { try count.set(-2, of: ten) }
        #expect(count.total == ShiftFixtures.euros(18_000))
    }

    @Test func countsRoundTripAndDecodingRechecks() throws {
        let float = try ShiftFixtures.float150()
        let data = try JSONEncoder().encode(float)
        #expect(try JSONDecoder().decode(CashCount.self, from: data) == float)
        // Given a stored count edited to hold minus two 50s
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(of: #""quantity":2"#, with: #""quantity":-2"#)
        #expect(throws: ShiftError.negativeCount(label: "50.00")) {
            try JSONDecoder().decode(CashCount.self, from: Data(tampered.utf8))
        }
    }
}
