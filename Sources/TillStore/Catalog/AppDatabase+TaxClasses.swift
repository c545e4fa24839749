import GRDB
public import TillCore

extension AppDatabase {
    /// Replaces the store's tax classes (at `till init`, or when the hub publishes new rates).
    ///
    /// A class still named by a product cannot be removed: the foreign key refuses it and the
    /// whole replacement rolls back.
    public func replaceTaxClasses(_ classes: [TaxClass]) throws(StoreError) {
        try write { db in
            let codes = classes.map(\.code)
            try db.execute(sql: "DELETE FROM tax_class WHERE code NOT IN (\(codes.map { _ in "?" }.joined(separator: ",")))",
                           arguments: StatementArguments(codes))
            for taxClass in classes {
                try db.execute(sql: """
                    INSERT INTO tax_class (code, name, rate_millionths) VALUES (?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, rate_millionths = excluded.rate_millionths
                    """, arguments: [taxClass.code, taxClass.name, taxClass.rate.millionths])
            }
        }
    }

    /// The store's tax classes as the core's table.
    public func taxTable() throws(StoreError) -> TaxTable {
        let classes = try read { db in
            try Row.fetchAll(db, sql: "SELECT code, name, rate_millionths FROM tax_class ORDER BY code").map {
                TaxClass(code: $0["code"], name: $0["name"], rate: TaxRate(millionths: $0["rate_millionths"]))
            }
        }
        do {
            return try TaxTable(classes)
        } catch {
            throw .invalidData(path: path, reason: "tax classes: \(error)")
        }
    }
}
