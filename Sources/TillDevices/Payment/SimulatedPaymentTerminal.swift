public import TillCore

/// A payment terminal that answers at once: approves, but declines amounts ending in .01 and times
/// out on amounts ending in .02, so a trainee meets each case on purpose. Tips after payment follow
/// the same rule.
public struct SimulatedPaymentTerminal: PaymentTerminal {
    public init() {}

    public func charge(_ amount: Int64, currency: Currency, transactionID: String) -> CardOutcome {
        switch amount % 100 {
        case 1: .declined(reason: "card declined by the issuer (simulated: amounts ending in .01)")
        case 2: .timedOut
        default: .approved(reference: "SIM-" + transactionID.prefix(6).uppercased())
        }
    }

    public func addTip(_ tip: Int64, currency: Currency, to reference: String, transactionID: String) -> CardOutcome {
        charge(tip, currency: currency, transactionID: transactionID)
    }
}
