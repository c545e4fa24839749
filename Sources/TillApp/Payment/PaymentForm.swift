public import TermUI

/// The payment screen's state: the amount field, a card charge in progress, a voucher's code being typed.
public struct PaymentForm: Hashable, Sendable {
    /// Long enough for a scanned barcode, so one typed here is recognised whole (see `looksScanned`).
    public var amount = TextInput(placeholder: "amount handed over · Enter = cash", maxLength: 48)
    /// The amount the card terminal is being asked for; keys wait until it answers.
    public var cardPending: Int64?
    /// The voucher or gift card code being scanned or typed (F5), if any.
    public var voucher: VoucherEntry?
    /// The voucher code the hub is being asked about; keys wait until it answers (2 s at most).
    public var voucherPending: String?

    public init() {}
}

/// A voucher's code being typed or scanned, and how much of it to take (typed before F5; nil: as
/// much as it holds, up to what is due).
public struct VoucherEntry: Hashable, Sendable {
    public var amount: Int64?
    public var code = TextInput(placeholder: "scan or type the voucher or gift card code, Enter", maxLength: 40)

    public init(amount: Int64?) {
        self.amount = amount
    }
}
