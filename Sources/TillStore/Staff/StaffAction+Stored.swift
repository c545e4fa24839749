import TillCore

extension StaffAction {
    /// The action as `approval.action` stores it, readable in a plain SQL query: "permission:refund",
    /// "discount:1500".
    var storedText: String {
        switch self {
        case .permission(let permission): "permission:\(permission.rawValue)"
        case .discount(let basisPoints): "discount:\(basisPoints)"
        }
    }
}
