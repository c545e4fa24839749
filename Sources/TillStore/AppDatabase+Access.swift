import GRDB

extension AppDatabase {
    /// Runs `body` in one `BEGIN IMMEDIATE` transaction; any error rolls it back whole and comes out as a `StoreError`.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `body` on a reader connection, concurrently with writes (WAL snapshot isolation).
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
