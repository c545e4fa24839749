import Foundation
import Testing
import TillCore

/// Splitting a bill: evenly (property-tested: the parts always add up), by item and by seat.
@Suite struct SplitBillTests {
    typealias F = CheckFixture

    @Test func evenPartsAlwaysAddUpToTheTotalAndDifferByAtMostOneStep() throws {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<5_000 {
            let total = Int64.random(in: 1...10_000_000, using: &random)
            let count = Int.random(in: 2...99, using: &random)
            let increment = [1, 5, 10, 100].randomElement(using: &random)!
            let parts = try EvenSplit.parts(of: total, into: count, increment: Int64(increment))
            #expect(parts.count == count)
            #expect(parts.reduce(0, +) == total, "\(total) in \(count) by \(increment)")
            let steps = parts.dropLast()
            #expect(steps.allSatisfy { $0 % Int64(increment) == 0 })
            if let high = steps.max(), let low = steps.min() { #expect(high - low <= Int64(increment)) }
            #expect(steps.map { $0 }.sorted(by: >) == Array(steps))
        }
    }

    @Test func aHundredFrancsInThreeInSwissCash() throws {
        #expect(try EvenSplit.parts(of: 10_000, into: 3) == [3_334, 3_333, 3_333])
        #expect(try EvenSplit.parts(of: 10_000, into: 3, increment: 5) == [3_335, 3_335, 3_330])
        #expect(try EvenSplit.parts(of: 10_002, into: 3, increment: 5) == [3_335, 3_335, 3_332])
        #expect(throws: CheckError.badSplit("split into 2 to 99 parts, not 1")) { try EvenSplit.parts(of: 100, into: 1) }
    }

    @Test func splittingByItemMovesLinesWithTheirStateAndKeepsTheSaleDiscount() throws {
        var check = try F.table()
        let beer = try check.add(F.beer, seat: 1, course: .drinks, at: F.friday8pm)
        let steak = try check.add(F.steak, seat: 2, course: .mains, at: F.friday8pm)
        try check.add(F.tart, seat: 2, course: .desserts, hold: true, at: F.friday8pm)
        _ = try check.send(F.ticketing)
        try check.discount(.percent(basisPoints: 1000))
        // When the steak moves to its own check
        let part = try check.split(lines: [steak], into: "chk-2")
        // Then it is there, sent, with 10 % off, and no longer here
        #expect(part.id == "chk-2" && part.table == "12" && part.cart.activeLines.map(\.name) == ["steak"])
        #expect(part.lines.map(\.status) == [.sent] && part.lines.map(\.seat) == [2] && part.cart.orderDiscount == .percent(basisPoints: 1000))
        #expect(check.cart.activeLines.map(\.name) == ["beer", "tart"] && check.line(steak) == nil && check.line(beer) != nil)
        #expect(throws: CheckError.badSplit("leave at least one item on this check")) {
            try check.split(lines: check.cart.lines.map(\.id), into: "chk-3")
        }
    }

    @Test func splittingBySeatGivesEachSeatItsCheckAndTheTableKeepsSharedPlates() throws {
        var check = try F.table()
        try check.add(F.beer, seat: 1, course: .drinks, at: F.friday8pm)
        try check.add(F.soup, course: .starters, at: F.friday8pm)
        try check.add(F.steak, seat: 3, course: .mains, at: F.friday8pm)
        try check.add(F.risotto, seat: 1, course: .mains, at: F.friday8pm)
        let context = try Fixture.swissContext()
        let total = try context.price(check.cart).total
        let parts = try check.splitBySeat { "chk-seat-\($0)" }
        // The shared soup stays, so seats 1 and 3 leave
        #expect(parts.map(\.id) == ["chk-seat-1", "chk-seat-3"])
        #expect(parts.map { $0.cart.activeLines.map(\.name) } == [["beer", "risotto"], ["steak"]])
        #expect(check.cart.activeLines.map(\.name) == ["soup"])
        // Without a discount on the whole sale, the checks add up to the bill exactly
        #expect(try parts.reduce(context.price(check.cart).total) { $0 + (try context.price($1.cart).total) } == total)
    }
}
