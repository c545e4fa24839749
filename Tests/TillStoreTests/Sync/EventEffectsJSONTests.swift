import Foundation
import Testing
@testable import TillStore
import TillWire

/// The hand-written effects JSON is what `WireJSON.encode` writes, byte for byte, so the hub reads
/// it the same and nothing written before changes.
@Suite struct EventEffectsJSONTests {
    static let awkward = ["p-1", "", "a\"quote", "back\\slash", "a/slash", "tab\tnew\nline\rret", "\u{08}\u{0C}\u{00}\u{1F}\u{7F}",
                          "Caffè «latte» 😀", "é\u{301}"]

    @Test func everyShapeMatchesTheEncoder() throws {
        let shapes = [
            EventEffects.none,
            EventEffects(stock: [StockDelta(product: "p1", location: "floor", quantity: -1_000)]),
            EventEffects(stock: [StockDelta(product: "p1", location: "floor", quantity: -1_000),
                                 StockDelta(product: "p2", location: "back", quantity: 742)],
                         loyalty: [LoyaltyDelta(customer: "c1", points: 12), LoyaltyDelta(customer: "c2", points: -5, earned: 0)],
                         vouchers: [VoucherDelta(code: "GC-1", amount: -500), VoucherDelta(code: "GC-2", amount: 10_000)]),
            EventEffects(loyalty: [LoyaltyDelta(customer: "c1", points: Int64.min, earned: Int64.max)]),
        ]
        for effects in shapes {
            #expect(effects.json == (try WireJSON.encode(effects)))
        }
    }

    @Test func awkwardTextIsEscapedAsTheEncoderEscapesIt() throws {
        for text in Self.awkward {
            let effects = EventEffects(stock: [StockDelta(product: text, location: text, quantity: 1)],
                                       loyalty: [LoyaltyDelta(customer: text, points: 1)], vouchers: [VoucherDelta(code: text, amount: 1)])
            #expect(effects.json == (try WireJSON.encode(effects)), "\(text.debugDescription)")
            #expect(try WireJSON.decode(EventEffects.self, from: effects.json) == effects)
        }
    }

    @Test func everyControlCharacterIsEscapedAsTheEncoderDoes() throws {
        for value in 0..<0x20 {
            let text = String(UnicodeScalar(UInt8(value)))
            let effects = EventEffects(stock: [StockDelta(product: text, location: "floor", quantity: 1)])
            #expect(effects.json == (try WireJSON.encode(effects)), "U+\(String(value, radix: 16))")
        }
    }
}
