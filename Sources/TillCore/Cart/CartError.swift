/// Why the cart refused a change, with what the cashier needs to put it right.
public enum CartError: Error, Equatable, Sendable {
    case soldOut(String)
    case notAvailableNow(String)
    case priceRequired(String)
    case badQuantity(String, reason: String)
    case ageCheckRequired(String, minimumAge: Int)
    case modifierChoice(String, group: String, reason: String)
    case noSuchLine(Int)
    case lineVoided(Int)
    case badDiscount(String)
    case paymentInProgress
    case noTenders
    case tenderExceedsDue(due: Money, offered: Money)
    case alreadyPaid
    case notPaid(remaining: Money)
    case emptyCart
    case badTender(String)
    case giftCard(String, reason: String)
    case tax(TaxError)
    case money(MoneyError)

    /// A sentence for the status line.
    public var message: String {
        switch self {
        case .soldOut(let name): "\(name) is sold out"
        case .notAvailableNow(let name): "\(name) is not on sale at this time"
        case .priceRequired(let name): "\(name) needs a price: key the amount, then the item"
        case .badQuantity(let name, let reason): "\(name): \(reason)"
        case .ageCheckRequired(let name, let age): "\(name) is age-restricted: confirm the customer is \(age) or over"
        case .modifierChoice(let name, let group, let reason): "\(name), \(group): \(reason)"
        case .noSuchLine(let id): "there is no line \(id)"
        case .lineVoided(let id): "line \(id) is already voided"
        case .badDiscount(let reason): "discount refused: \(reason)"
        case .paymentInProgress: "payment has started: remove the tenders before changing the items"
        case .noTenders: "no tender to remove"
        case .tenderExceedsDue(let due, let offered):
            "only cash can be more than the amount due (\(offered.formatted()) offered, \(due.formatted()) due)"
        case .alreadyPaid: "the sale is already paid"
        case .notPaid(let remaining): "\(remaining.formatted()) still to pay"
        case .emptyCart: "the sale has no items"
        case .badTender(let reason): "tender refused: \(reason)"
        case .giftCard(let code, let reason): "gift card \(code): \(reason)"
        case .tax(let error): "tax: \(error)"
        case .money(let error): "amount: \(error)"
        }
    }
}

/// Runs a money computation inside a cart operation, turning its error into a cart error.
func cartMoney<T>(_ body: () throws(MoneyError) -> T) throws(CartError) -> T {
    do { return try body() } catch { throw .money(error) }
}
