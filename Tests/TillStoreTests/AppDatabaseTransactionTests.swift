import GRDB
import Synchronization
import Testing
@testable import TillStore

@Suite struct AppDatabaseTransactionTests {
    @Test func writesBeginImmediate() throws {
        let database = try AppDatabase.makeTemporary()
        let statements = Mutex<[String]>([])
        database.writer.writeWithoutTransaction { db in
            db.trace { event in statements.withLock { $0.append("\(event)") } }
        }

        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO store_meta (key, value) VALUES ('probe', 'x')")
        }

        #expect(statements.withLock { $0.first } == "BEGIN IMMEDIATE TRANSACTION")
    }
}
