public import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// The store's locations, the shop floor first, then by name.
    public func locations() throws(StoreError) -> [StockLocation] {
        try read { db in try Self.locations(db) }
    }

    /// Adds a location, or renames one; goods can then be received at it, moved to it and counted there.
    public func saveLocation(_ location: StockLocation, at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO location (id, name, created_at) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name
                """, arguments: [location.id, location.name, Timestamp.text(date)])
        }
    }

    static func locations(_ db: Database) throws -> [StockLocation] {
        try Row.fetchAll(db, sql: "SELECT id, name FROM location ORDER BY id <> 'floor', name").map {
            try StockLocation(id: $0["id"], name: $0["name"])
        }
    }

    /// Refuses a location this store does not have, listing the ones it has.
    static func checkLocation(_ id: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM location WHERE id = ?)", arguments: [id]) != true else { return }
        let known = try String.fetchAll(db, sql: "SELECT id FROM location ORDER BY id <> 'floor', id").joined(separator: ", ")
        throw StoreError.conflict("There is no location \"\(id)\" in this store (it has \(known)); add it with till stock locations add.")
    }
}
