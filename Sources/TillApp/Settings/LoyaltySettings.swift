public import TillCore

/// The loyalty program the store runs and how much this till may redeem while offline, from
/// till.toml's `[loyalty]` table.
///
/// They live in till.toml beside `[store]`: like the tax rules, the program must be the same on every
/// lane of a shop, and till.toml is where a manager sets such rules today, checked with line numbers
/// before the till starts. The allowance is this lane's own, which is what bounds the loss.
public struct LoyaltySettings: Equatable, Sendable {
    public var program: LoyaltyProgram
    public var allowance: RedemptionAllowance

    public init(program: LoyaltyProgram, allowance: RedemptionAllowance) {
        self.program = program
        self.allowance = allowance
    }

    /// What a store gets until it sets its own: 1 point per major unit, 100 points worth one, an
    /// allowance of 25, 100 and 200 major units.
    public static func standard(for currency: Currency) -> LoyaltySettings {
        LoyaltySettings(program: .standard(for: currency), allowance: .standard(for: currency))
    }
}
