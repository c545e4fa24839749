/// Why a count, a cash movement or a shift change was refused, worded as what the person must do next.
///
/// None of the messages reveals the expected cash before the count is submitted: the close is blind.
public enum ShiftError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A denomination set needs at least one note or coin.
    case emptyDenominationSet(currency: String)
    /// A note or coin must be worth more than zero.
    case invalidDenomination(label: String)
    /// A face value appears twice in one set.
    case duplicateDenomination(label: String)
    /// A count for this denomination is below zero.
    case negativeCount(label: String)
    /// A count names a note or coin the drawer's set does not have.
    case unknownDenomination(label: String, currency: String)
    /// Two amounts in different currencies met; the drawer holds one currency.
    case currencyMismatch(expected: String, got: String)
    /// An amount that must be above zero was zero or negative.
    case amountNotPositive(what: String)
    /// An amount that may be zero but not below, such as change, was negative.
    case negativeAmount(what: String)
    /// A no-sale moves no cash.
    case noSaleWithAmount
    /// More change than the customer handed over.
    case changeExceedsTendered(tendered: Money, change: Money)
    /// Paying this out would leave the drawer below zero by the till's reckoning.
    case notEnoughCash
    /// Paid in, paid out and no-sale need a reason for the journal.
    case reasonMissing(CashMovement.Kind)
    /// A variance threshold below zero.
    case negativeThreshold
    /// An amount or count too large for the till to add up.
    case overflow
    /// The drawer has been counted; nothing more can go in or out of this shift.
    case countAlreadySubmitted(shiftID: String)
    /// The shift cannot close before the drawer is counted.
    case notCounted(shiftID: String)
    /// Over/short beyond the threshold: a reason must be given to close.
    case reasonRequired(overShort: Money)
    /// The shift is already closed.
    case alreadyClosed(shiftID: String)

    public var description: String {
        switch self {
        case .emptyDenominationSet(let currency):
            "Add at least one note or coin to the \(currency) denominations."
        case .invalidDenomination(let label):
            "Denomination \(label) must be worth more than zero."
        case .duplicateDenomination(let label):
            "Denomination \(label) is listed twice; keep one."
        case .negativeCount(let label):
            "The count of \(label) cannot be negative; enter 0 or more."
        case .unknownDenomination(let label, let currency):
            "\(label) is not a \(currency) note or coin in this drawer; recount using the listed denominations."
        case .currencyMismatch(let expected, let got):
            "This drawer takes \(expected), not \(got)."
        case .amountNotPositive(let what):
            "Enter a \(what) above zero."
        case .negativeAmount(let what):
            "The \(what) cannot be negative."
        case .noSaleWithAmount:
            "A no-sale moves no cash; record a paid in or paid out instead."
        case .changeExceedsTendered(let tendered, let change):
            "Change of \(change.formatted()) is more than the \(tendered.formatted()) tendered; check the amounts."
        case .notEnoughCash:
            "The drawer does not hold that much cash; check the amount or record a paid in first."
        case .reasonMissing(let kind):
            "Type a reason for the \(kind.description)."
        case .negativeThreshold:
            "The over/short threshold cannot be negative."
        case .overflow:
            "That amount is too large to record; check what was typed."
        case .countAlreadySubmitted(let shiftID):
            "Shift \(shiftID) has been counted; close it, then open a new shift."
        case .notCounted(let shiftID):
            "Count the drawer of shift \(shiftID) before closing it."
        case .reasonRequired(let overShort):
            "The drawer is \(overShort.isNegative ? "short" : "over") by \(Self.size(of: overShort)); type a reason to close."
        case .alreadyClosed(let shiftID):
            "Shift \(shiftID) is already closed; open a new shift."
        }
    }

    /// An amount without its sign, for "short by 0.20 EUR".
    private static func size(of money: Money) -> String {
        "\(money.formatted().drop { $0 == "-" }) \(money.currency.code)"
    }
}
