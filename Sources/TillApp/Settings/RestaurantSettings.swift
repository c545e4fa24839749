public import TillCore

/// Table service on this lane: the tables of the floor, which station makes each category, which
/// course a category is served in, and the printers of the stations.
public struct RestaurantSettings: Hashable, Sendable {
    /// Table names as the floor screen shows them, in its order; none: this lane sells at a counter.
    public var tables: [String] = []
    /// Station (printer role) by category id; other categories go to `kitchen`.
    public var stations: [String: String] = [:]
    /// Course by category id; other categories are mains.
    public var courses: [String: Course] = [:]
    /// Printer address by station; a station without one prints on the receipt printer.
    public var printers: [String: String] = [:]
    /// Tax classes charged instead of others, by code, for take-out and for delivery orders.
    public var takeOutTaxes: [String: String] = [:]
    public var deliveryTaxes: [String: String] = [:]

    public init() {}

    /// Whether the lane serves tables.
    public var isOn: Bool { !tables.isEmpty }

    public var routing: KitchenRouting { KitchenRouting(stations: stations) }

    /// The tax classes an order of `type` charges instead of the dine-in ones.
    public func taxSubstitutes(for type: OrderType) -> [String: String] {
        switch type {
        case .dineIn: [:]
        case .takeOut: takeOutTaxes
        case .delivery: deliveryTaxes
        }
    }

    /// The course an item of `category` is served in unless the server says otherwise.
    public func course(for category: String?) -> Course {
        category.flatMap { courses[$0] } ?? .mains
    }
}
