public import TillCore

/// What a card terminal answered for one charge.
public enum CardOutcome: Hashable, Sendable {
    /// The card paid; `reference` is the terminal's authorisation code, printed on the receipt.
    case approved(reference: String)
    /// The bank or the card refused; the reason is shown to the cashier as the terminal gave it.
    case declined(reason: String)
    /// The terminal did not answer in time: nothing was charged as far as the till knows.
    case timedOut
}

/// A card payment terminal: asked for an amount, answers approved, declined or timed out.
///
/// Real terminals (ZVT, OPI, nexo) come with the devices work; the simulator stands in for them in
/// demo and training stores and in tests.
public protocol PaymentTerminal: Sendable {
    /// Charges `amount` minor units; `transactionID` identifies the attempt on both sides.
    func charge(_ amount: Int64, currency: Currency, transactionID: String) -> CardOutcome

    /// Adds a tip of `tip` minor units to the approved charge `reference` (the guest wrote it on the
    /// slip), where the terminal and the card's scheme allow it.
    func addTip(_ tip: Int64, currency: Currency, to reference: String, transactionID: String) -> CardOutcome
}

extension PaymentTerminal {
    /// A terminal that cannot adjust a charge declines every tip after payment.
    public func addTip(_ tip: Int64, currency: Currency, to reference: String, transactionID: String) -> CardOutcome {
        .declined(reason: "this card terminal cannot add a tip after payment: take the tip in cash")
    }
}
