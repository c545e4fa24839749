import GRDB
import TillWire

extension SQLiteHubStorage {
    public func publishCatalog(store: String, categories: [CatalogRecord], products: [CatalogRecord]) async throws(HubError)
        -> CatalogPublication
    {
        try await write { db in
            var changes = PendingChanges()
            var publication = CatalogPublication()
            publication.categories = try Self.publish(categories, as: .category, store: store, db, &changes)
            publication.products = try Self.publish(products, as: .product, store: store, db, &changes)
            try Self.appendChanges(changes, store: store, db)
            return publication
        }
    }

    public func catalog(store: String) async throws(HubError) -> StoreCatalog {
        try await read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT currency, tax_classes FROM store WHERE store_id = ?", arguments: [store]) else {
                throw HubError.notFound(Self.unknownStore(store))
            }
            let records = { (entity: ChangeEntity) in
                try Row.fetchAll(db, sql: "SELECT key, data FROM catalog_record WHERE store_id = ? AND entity = ? ORDER BY key",
                                 arguments: [store, entity.rawValue]).map { CatalogRecord(key: $0["key"], data: $0["data"]) }
            }
            return StoreCatalog(currency: row["currency"], taxClasses: try WireJSON.decode([WireTaxClass].self, from: row["tax_classes"]),
                                categories: try records(.category), products: try records(.product))
        }
    }

    /// Stores the records that are new or differ, each with a change for the feed.
    private static func publish(_ records: [CatalogRecord], as entity: ChangeEntity, store: String, _ db: Database,
                                _ changes: inout PendingChanges) throws -> CatalogPublication.RecordCounts
    {
        var counts = CatalogPublication.RecordCounts()
        let stored = try db.cachedStatement(sql: "SELECT data FROM catalog_record WHERE store_id = ? AND entity = ? AND key = ?")
        let save = try db.cachedStatement(sql: """
            INSERT INTO catalog_record (store_id, entity, key, data) VALUES (?, ?, ?, ?)
            ON CONFLICT (store_id, entity, key) DO UPDATE SET data = excluded.data
            """)
        for record in records {
            switch try String.fetchOne(stored, arguments: [store, entity.rawValue, record.key]) {
            case record.data?:
                counts.unchanged += 1
                continue
            case nil:
                counts.added += 1
            case .some:
                counts.changed += 1
            }
            try save.execute(arguments: [store, entity.rawValue, record.key, record.data])
            changes.set(entity, key: record.key, data: record.data)
        }
        return counts
    }
}
