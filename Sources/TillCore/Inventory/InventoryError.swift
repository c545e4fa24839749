/// Why a stock operation was refused, worded as what the person must change; products are named as
/// the person knows them (name or SKU), so a long delivery points at the right line.
public enum InventoryError: Error, Hashable, Sendable, CustomStringConvertible {
    case badLocationID(String)
    case blankLocationName(id: String)
    case sameLocation(String)
    case badQuantity(String, signed: Bool)
    case zeroQuantity(product: String)
    case wrongDirection(AdjustmentReason, Quantity, product: String)
    case emptyDelivery
    case negativeCost(product: String)
    case badCost(String)
    case countBelowZero(product: String, counted: Quantity)
    case notOnTransfer(product: String, transfer: String)
    case badReorderLevel(product: String)
    case overflow(product: String)

    public var description: String {
        switch self {
        case .badLocationID(let id):
            "\"\(id)\" cannot be a location id: use 1 to 32 lower-case letters, digits and dashes, starting with a letter (back-room)."
        case .blankLocationName(let id):
            "Give location \(id) a name people will recognise (Back room)."
        case .sameLocation(let id):
            "A transfer goes from one location to another; both are \(id)."
        case .badQuantity(let text, let signed):
            signed ? "\"\(text)\" is not a quantity: type -3 to take 3 away or +2 to add 2 (up to 3 decimals for weights)."
                : "\"\(text)\" is not a quantity: type a number above zero, such as 12 or 0.250."
        case .zeroQuantity(let product):
            "\(product): a quantity of zero moves nothing; type how many."
        case .wrongDirection(let reason, let quantity, let product):
            "\(product): \(reason.label) only " + (reason.direction == .down ? "takes stock away" : "adds stock")
                + ", so \(quantity.formatted) is the wrong way; " + (reason.direction == .down ? "type -\(quantity.formatted)" : "type a positive quantity")
                + " or choose another reason."
        case .emptyDelivery:
            "The delivery has no lines: scan or list at least one product."
        case .negativeCost(let product):
            "\(product): a unit cost cannot be below zero."
        case .badCost(let text):
            "\"\(text)\" is not a unit cost: type an amount such as 1.25."
        case .countBelowZero(let product, let counted):
            "\(product): that would leave \(counted.formatted) counted; a count cannot go below zero."
        case .notOnTransfer(let product, let transfer):
            "\(product) was not sent on transfer \(transfer); receive it as a delivery or an adjustment instead."
        case .badReorderLevel(let product):
            "\(product): the reorder point must be 0 or more and the order quantity above zero."
        case .overflow(let product):
            "\(product): the quantity or value is too large to record."
        }
    }
}
