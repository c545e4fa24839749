import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// A second connection (standing in for another till process on the same data directory) holds the
/// write lock for longer than the busy timeout.
@Suite struct DatabaseLockedTests {
    let standard = TaxClass(code: "standard", rate: TaxRate(millionths: 81_000))
    let reduced = TaxClass(code: "reduced", rate: TaxRate(millionths: 26_000))

    @Test func aWriteLockHeldPastTheBusyTimeoutGivesDatabaseLocked() throws {
        try withTemporaryFolder { folder in
            let path = folder.appending(path: "till.sqlite").path
            let database = try AppDatabase(path: path)
            try database.replaceTaxClasses([standard])
            // The terminal's 5 s timeout, shortened on this connection only so the test does not wait.
            try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA busy_timeout = 50") }
            let otherProcess = try DatabaseQueue(path: path)

            try otherProcess.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                #expect(throws: StoreError.databaseLocked(path: path)) {
                    try database.replaceTaxClasses([standard, reduced])
                }
                // WAL: readers are not blocked, so the open sale stays on screen.
                #expect(try database.taxTable() == TaxTable([standard]))
                try db.execute(sql: "ROLLBACK")
            }

            try database.replaceTaxClasses([standard, reduced])
            #expect(try database.taxTable() == TaxTable([reduced, standard]))
        }
    }

    @Test func theMessagePointsAtAnotherTill() {
        let message = StoreError.databaseLocked(path: "/srv/till/till.sqlite").description
        #expect(message.contains("/srv/till/till.sqlite"))
        #expect(message.contains("another till"))
    }
}
