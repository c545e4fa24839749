public import TillCore
import TermUI

/// What a simulation rang up, printed as JSON by `till sim`.
public struct SimulationSummary: Hashable, Codable, Sendable {
    public var sales = 0
    /// Items sold, counting a weighed line as one item.
    public var items: Int64 = 0
    /// Σ sale totals, in minor units.
    public var total: Int64 = 0
    public var currency: String
    /// Commands the session refused (for example a sold-out item); the simulation carries on.
    public var refused = 0

    public init(currency: String) { self.currency = currency }
}

/// Rings random sales through a `SaleSession` exactly as a cashier would type them, for benchmarks and crash tests.
///
/// The same seed gives the same keystrokes, so a test can recompute what a killed run was doing.
public struct SaleSimulator {
    /// Codes to ring up: barcodes, PLUs or SKUs from the catalog.
    public let codes: [String]
    public private(set) var random: SplitMix64

    public init(codes: [String], seed: UInt64) {
        self.codes = codes
        random = SplitMix64(seed: seed)
    }

    /// Rings `count` complete sales.
    public mutating func ring(_ count: Int, on session: inout SaleSession) -> SimulationSummary {
        var summary = SimulationSummary(currency: session.pricing.currency.code)
        for _ in 0..<count {
            let before = session.completed.count
            ringItems(on: &session, summary: &summary)
            pay(on: &session, summary: &summary)
            if session.completed.count > before, let order = session.completed.last {
                summary.sales += 1
                summary.total += order.priced.total
                summary.items += order.priced.itemCount.thousandths / 1000
            }
        }
        return summary
    }

    /// Rings the items of one sale, with the odd multiplier, void and discount, leaving it unpaid.
    public mutating func ringItems(on session: inout SaleSession, summary: inout SimulationSummary) {
        guard !codes.isEmpty else { return }
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let code = codes[Int.random(in: 0..<codes.count, using: &random)]
            let multiplier = !code.contains("*") && Int.random(in: 0..<4, using: &random) == 0
                ? "\(Int.random(in: 2...3, using: &random))*" : ""
            type(multiplier + code, on: &session, summary: &summary)
            switch Int.random(in: 0..<12, using: &random) {
            case 0: type("VD", on: &session, summary: &summary)
            case 1: type("%10", on: &session, summary: &summary)
            default: break
            }
        }
        if session.cart.isEmpty {
            type(codes[Int.random(in: 0..<codes.count, using: &random)], on: &session, summary: &summary)
        }
    }

    private mutating func pay(on session: inout SaleSession, summary: inout SimulationSummary) {
        guard !session.cart.isEmpty else { return }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: type("CC", on: &session, summary: &summary)
        case 1: type("CA", on: &session, summary: &summary)
        default:
            let remaining = (try? session.cart.payment(session.pricing).remaining) ?? 0
            if remaining > 1 {
                type("\(Money.format(remaining / 2, exponent: session.pricing.currency.exponent))CC", on: &session, summary: &summary)
            }
            type("CA", on: &session, summary: &summary)
        }
    }

    private func type(_ text: String, on session: inout SaleSession, summary: inout SimulationSummary) {
        let before = session.message
        session.input.clear()
        session.input.insert(text)
        session.handle(.submit)
        if session.message != before && session.message?.kind == .error { summary.refused += 1 }
    }
}
