/// Why a customer record was refused, worded as what the person at the till must do next.
public enum CustomerError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A customer needs an id.
    case blankID
    /// A customer needs a name.
    case blankName(id: String)
    /// A phone number was typed that holds no digit at all.
    case phoneWithoutDigits(id: String)

    public var description: String {
        switch self {
        case .blankID:
            "Give the customer an id."
        case .blankName(let id):
            "Give customer \(id) a name."
        case .phoneWithoutDigits(let id):
            "The phone number of customer \(id) has no digits; type the number, or leave it empty."
        }
    }
}
