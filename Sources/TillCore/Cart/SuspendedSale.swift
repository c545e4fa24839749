/// A sale parked so the lane can serve someone else, to be recalled later on this or another terminal.
public struct SuspendedSale: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    /// What the cashier typed to find it again ("blue coat", a table number); may be empty.
    public let label: String
    public let cart: Cart

    public init(id: String, label: String, cart: Cart) {
        self.id = id
        self.label = label
        self.cart = cart
    }
}

extension Cart {
    /// Parks the sale; a sale with tenders taken cannot be parked, since that money is already in the drawer.
    public func suspend(id: String, label: String = "") throws(CartError) -> SuspendedSale {
        guard !isEmpty else { throw .emptyCart }
        guard tenders.isEmpty else { throw .paymentInProgress }
        return SuspendedSale(id: id, label: label, cart: self)
    }
}
