/// The lines of one product sold under one name and category over the period, as the sale commit
/// counts them; training lines are counted apart, under their flag, and count for nothing.
public struct ItemCount: Hashable, Sendable {
    public let item: ItemFact
    public let training: Bool

    public init(_ item: ItemFact, training: Bool = false) {
        self.item = item
        self.training = training
    }
}
