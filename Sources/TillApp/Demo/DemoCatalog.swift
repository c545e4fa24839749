import TillCore

/// The demo catalog in the order it is built: the hand-written items, the counters' items, then
/// generated grocery without end, so the first N products of a seed are the same whatever N is.
struct DemoCatalog: Sequence, IteratorProtocol {
    /// The items every demo store has, hand-written ones first.
    static let fixed = DemoStore.catalog.products.values.sorted { $0.id < $1.id } + DemoStore.counterItems

    private var fixedItems = fixed.makeIterator()
    private var grocery: DemoGrocery

    init(seed: UInt64) {
        grocery = DemoGrocery(seed: seed)
    }

    mutating func next() -> Product? {
        fixedItems.next() ?? grocery.next()
    }

    /// The categories of a catalog of `count` products, in menu order: the hand-written five, and the
    /// added ones once the catalog goes past the hand-written items.
    static func categories(forCount count: Int) -> [Category] {
        DemoStore.categories + (count > DemoStore.catalog.products.count ? DemoStore.addedCategories : [])
    }
}
