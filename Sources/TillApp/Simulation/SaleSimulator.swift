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
    /// Commands the app refused (for example a sold-out item, a declined card); the simulation carries on.
    public var refused = 0

    public init(currency: String) { self.currency = currency }
}

/// Rings random sales through the app exactly as a cashier would type them, for benchmarks and crash tests.
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
    public mutating func ring(_ count: Int, on app: inout App) -> SimulationSummary {
        var summary = SimulationSummary(currency: app.state.currency.code)
        for _ in 0..<count {
            let before = app.state.sale.completed.count
            ringItems(on: &app, summary: &summary)
            pay(on: &app, summary: &summary)
            if app.state.sale.completed.count > before, let order = app.state.sale.completed.last {
                summary.sales += 1
                summary.total += order.priced.total
                summary.items += order.priced.itemCount.thousandths / 1000
            }
        }
        return summary
    }

    /// Rings the items of one sale, with the odd multiplier, void and discount, leaving it unpaid.
    public mutating func ringItems(on app: inout App, summary: inout SimulationSummary) {
        guard !codes.isEmpty else { return }
        for _ in 0..<Int.random(in: 1...6, using: &random) {
            let code = codes[Int.random(in: 0..<codes.count, using: &random)]
            let multiplier = !code.contains("*") && Int.random(in: 0..<4, using: &random) == 0
                ? "\(Int.random(in: 2...3, using: &random))*" : ""
            type(multiplier + code, on: &app, summary: &summary)
            switch Int.random(in: 0..<12, using: &random) {
            case 0: type("VD", on: &app, summary: &summary)
            case 1: type("%10", on: &app, summary: &summary)
            default: break
            }
        }
        if app.state.sale.cart.isEmpty {
            type(codes[Int.random(in: 0..<codes.count, using: &random)], on: &app, summary: &summary)
        }
    }

    private mutating func pay(on app: inout App, summary: inout SimulationSummary) {
        guard !app.state.sale.cart.isEmpty else { return }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: type("CC", on: &app, summary: &summary)
        case 1: break
        default:
            let remaining = app.state.sale.payment?.remaining ?? 0
            if remaining > 1 {
                type("\(Money.format(remaining / 2, exponent: app.state.currency.exponent))CC", on: &app, summary: &summary)
            }
        }
        // Whatever the card left (declined, timed out or partial) is paid in cash.
        if !app.state.sale.cart.isEmpty { type("CA", on: &app, summary: &summary) }
    }

    /// Types a command; answers the age check with yes, the weight prompt with half a kilo, and each
    /// group of options with the first options it needs.
    private func type(_ text: String, on app: inout App, summary: inout SimulationSummary) {
        let before = app.state.sale.message
        app.type(text)
        while let prompt = app.state.sale.prompt {
            switch prompt {
            case .weight: app.type("0.5")
            case .modifiers(let pick) where pick.chosenHere.count < pick.group.minChoices:
                let next = pick.group.options.firstIndex { !pick.chosenHere.contains($0.id) } ?? 0
                app.type("\(next + 1)")
            case .ageCheck, .modifiers: app.type("")
            case .lineQuantity, .linePrice, .saleDiscount, .suspendLabel, .customer, .giftCardCode, .check: app.send(.key(KeyChord(.escape)))
            }
        }
        if app.state.sale.message != before && app.state.sale.message?.kind == .error { summary.refused += 1 }
    }
}
