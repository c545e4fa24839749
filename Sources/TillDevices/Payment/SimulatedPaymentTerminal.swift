public import TillCore

/// A payment terminal that answers at once: approves, but declines amounts ending in .01 and times
/// out on amounts ending in .02, so a trainee meets each case on purpose.
public struct SimulatedPaymentTerminal: PaymentTerminal {
    public init() {}

    public func charge(_ amount: Int64, currency: Currency, transactionID: String) -> CardOutcome {
        switch amount % 100 {
        case 1: .declined(reason: "card declined by the issuer (simulated: amounts ending in .01)")
        case 2: .timedOut
        default: .approved(reference: "SIM-" + transactionID.prefix(6).uppercased())
        }
    }
}
