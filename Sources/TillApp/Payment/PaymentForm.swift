public import TermUI

/// The payment screen's state: the amount field and a card charge in progress.
public struct PaymentForm: Hashable, Sendable {
    /// Long enough for a scanned barcode, so one typed here is recognised whole (see `looksScanned`).
    public var amount = TextInput(placeholder: "amount handed over · Enter = cash", maxLength: 48)
    /// The amount the card terminal is being asked for; keys wait until it answers.
    public var cardPending: Int64?

    public init() {}
}
