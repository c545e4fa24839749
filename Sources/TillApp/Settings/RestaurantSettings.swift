import Foundation
public import TillCore

/// Table service on this lane: the tables of the floor, which station makes each category, which
/// course a category is served in, and the printers of the stations.
public struct RestaurantSettings: Hashable, Sendable {
    /// How long the floor shows a table paid (to be cleared) unless it is seated again first.
    static let paidShownFor: TimeInterval = 15 * 60

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
    /// The service charge, in basis points of the goods, on checks of at least `serviceChargeCovers`
    /// covers (0: none), taxed in class `serviceChargeTax`.
    public var serviceCharge: Int64 = 0
    public var serviceChargeCovers = 0
    public var serviceChargeTax = "standard"

    public init() {}

    /// Whether the lane serves tables.
    public var isOn: Bool { !tables.isEmpty }

    public var routing: KitchenRouting { KitchenRouting(stations: stations) }

    /// The stations without a printer of their own, whose tickets the receipt printer prints.
    public var stationsWithoutPrinter: [String] {
        guard isOn else { return [] }
        return Set(stations.values).union([routing.fallback]).subtracting(printers.keys).sorted()
    }

    /// The table of this name, however it is capitalised; nil when the floor has none.
    public func table(named name: String) -> String? {
        tables.first { $0.uppercased() == name.uppercased() }
    }

    /// The tax classes an order of `type` charges instead of the dine-in ones.
    public func taxSubstitutes(for type: OrderType) -> [String: String] {
        switch type {
        case .dineIn: [:]
        case .takeOut: takeOutTaxes
        case .delivery: deliveryTaxes
        }
    }

    /// The service charge a check of `covers` guests pays, in basis points; 0 for none.
    public func serviceCharge(covers: Int) -> Int64 {
        serviceChargeCovers > 0 && covers >= serviceChargeCovers ? serviceCharge : 0
    }

    /// The course an item of `category` is served in unless the server says otherwise.
    public func course(for category: String?) -> Course {
        category.flatMap { courses[$0] } ?? .mains
    }
}
