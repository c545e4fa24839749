public import Foundation

/// One dish on a kitchen ticket, as the cooks read it.
public struct KitchenItem: Hashable, Codable, Sendable {
    public let quantity: Quantity
    public let name: String
    public let modifiers: [String]
    public let seat: Int?
    public let course: Course
    public let note: String?

    public init(quantity: Quantity, name: String, modifiers: [String], seat: Int?, course: Course, note: String?) {
        self.quantity = quantity
        self.name = name
        self.modifiers = modifiers
        self.seat = seat
        self.course = course
        self.note = note
    }
}

/// What one station (bar, kitchen) must make or stop making for one table, from one send, fire or void.
public struct KitchenTicket: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        /// Make these now.
        case order
        /// Held until now: make this course.
        case fire
        /// Stop: these were voided after they were sent.
        case cancel
    }

    public let kind: Kind
    /// The printer role the ticket goes to ("kitchen", "bar").
    public let station: String
    public let checkID: String
    public let table: String
    public let serverName: String
    public let covers: Int
    public let orderType: OrderType
    public let round: Int
    public let at: Date
    /// In course order, then as rung up.
    public let items: [KitchenItem]

    public init(kind: Kind, station: String, checkID: String, table: String, serverName: String, covers: Int, orderType: OrderType,
                round: Int, at: Date, items: [KitchenItem]) {
        self.kind = kind
        self.station = station
        self.checkID = checkID
        self.table = table
        self.serverName = serverName
        self.covers = covers
        self.orderType = orderType
        self.round = round
        self.at = at
        self.items = items
    }
}

/// Which station makes what: categories by printer role; everything else goes to the default.
public struct KitchenRouting: Hashable, Sendable {
    public let stations: [String: String]
    public let fallback: String

    public init(stations: [String: String] = [:], fallback: String = "kitchen") {
        self.stations = stations
        self.fallback = fallback
    }

    /// The station of a line of `category`.
    public func station(for category: String?) -> String {
        category.flatMap { stations[$0] } ?? fallback
    }
}
