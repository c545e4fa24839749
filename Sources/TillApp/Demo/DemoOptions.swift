import TillCore

/// How big a demo store to build, and from which seed; the same options always build the same store.
public struct DemoOptions: Hashable, Sendable {
    /// Products in the catalog, the hand-written ones first: the rest are generated after them.
    public var products: Int
    /// Loyalty customers.
    public var customers: Int
    /// Past days of sales, each closed by a Z report; today's sales so far come on top.
    public var days: Int
    /// Seeds every random choice: names, prices, barcodes, baskets, times.
    public var seed: UInt64

    public init(products: Int, customers: Int, days: Int, seed: UInt64) {
        self.products = products
        self.customers = customers
        self.days = days
        self.seed = seed
    }

    /// What `till demo` builds: a shop of about 2,000 products with a month of sales.
    public static let standard = DemoOptions(products: 2_000, customers: 300, days: 30, seed: defaultSeed)

    /// Only the hand-written café and grocery, with no customers and no history: the store the app's
    /// tests ring up on, whose every item they know by name.
    public static let handWritten = DemoOptions(products: DemoStore.catalog.products.count, customers: 0, days: 0, seed: defaultSeed)

    /// The seed `till demo` uses unless told otherwise.
    public static let defaultSeed: UInt64 = 2026

    /// The largest catalog `--products` builds.
    public static let maximumProducts = 1_000_000
    /// The longest history `--days` builds: a year.
    public static let maximumDays = 366
    /// The most customers a demo store gets.
    public static let maximumCustomers = 100_000

    /// Refuses sizes the demo cannot build, naming the option and its range.
    public func validate() throws(DemoError) {
        let handWritten = DemoStore.catalog.products.count
        guard (handWritten...Self.maximumProducts).contains(products) else {
            throw .badOption(name: "products", reason: "must be from \(handWritten) (the hand-written items) to \(Self.maximumProducts)")
        }
        guard (0...Self.maximumDays).contains(days) else {
            throw .badOption(name: "days", reason: "must be from 0 to \(Self.maximumDays)")
        }
        guard (0...Self.maximumCustomers).contains(customers) else {
            throw .badOption(name: "customers", reason: "must be from 0 to \(Self.maximumCustomers)")
        }
    }
}
