import Foundation
import TillCore

/// A café-restaurant's menu and a table of four, for the check tests.
enum CheckFixture {
    static let friday8pm = LocalTime(weekday: 5, hour: 20, minute: 0)
    static let opened = Date(timeIntervalSince1970: 1_796_000_000)
    static let routing = KitchenRouting(stations: ["drinks": "bar"], fallback: "kitchen")
    static let ticketing = Check.Ticketing(routing: routing, serverName: "Mia", at: opened)

    static func item(_ id: String, _ price: Int64, category: String) -> ResolvedItem {
        ResolvedItem(product: Fixture.product(id, price, category: category), source: .id)
    }

    static let beer = item("beer", 650, category: "drinks")
    static let soup = item("soup", 1_200, category: "starters")
    static let steak = item("steak", 3_800, category: "mains")
    static let risotto = item("risotto", 2_900, category: "mains")
    static let tart = item("tart", 1_100, category: "desserts")

    static func table(_ table: String = "12", covers: Int = 4, id: String = "chk-1") throws -> Check {
        try Check(id: id, table: table, serverID: "mia", covers: covers, currency: Fixture.chf, openedAt: opened, localTime: friday8pm)
    }
}
