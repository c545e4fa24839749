import GRDB

extension StoreError {
    /// Damaged data found while migrating `db`, naming the database's file.
    static func damaged(_ reason: String, in db: Database) throws -> StoreError {
        let path = try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE name = 'main'")
        return .invalidData(path: path ?? "the database", reason: reason)
    }
}
