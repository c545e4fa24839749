import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// A full disk is simulated with `PRAGMA max_page_count`: SQLite then answers SQLITE_FULL exactly as it
/// does when `write(2)` fails with ENOSPC, without filling the machine's real disk.
@Suite struct DiskFullTests {
    let standard = TaxClass(code: "standard", rate: TaxRate(millionths: 81_000))
    /// A megabyte of name: far more pages than a capped file has room for.
    let bulky = TaxClass(code: "bulky", name: String(repeating: "x", count: 1_000_000), rate: TaxRate(millionths: 0))

    @Test func aFullDiskRefusesTheWriteAndKeepsEarlierData() throws {
        try withTemporaryFolder { folder in
            let database = try AppDatabase(path: folder.appending(path: "till.sqlite").path)
            try database.replaceTaxClasses([standard])
            try capAtCurrentSize(database)

            #expect(throws: StoreError.diskFull(path: database.path)) {
                try database.replaceTaxClasses([standard, bulky])
            }

            #expect(try database.taxTable() == TaxTable([standard]))
        }
    }

    @Test func writesWorkAgainOnceThereIsRoom() throws {
        try withTemporaryFolder { folder in
            let database = try AppDatabase(path: folder.appending(path: "till.sqlite").path)
            try capAtCurrentSize(database)
            #expect(throws: StoreError.self) { try database.replaceTaxClasses([standard, bulky]) }

            try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1000000") }
            try database.replaceTaxClasses([standard, bulky])

            #expect(try database.taxTable().classes.count == 2)
        }
    }

    @Test func theMessageSaysWhichDiskAndWhatToDo() {
        let message = StoreError.diskFull(path: "/srv/till/till.sqlite").description
        #expect(message.contains("/srv/till/till.sqlite"))
        #expect(message.contains("no new sale can be recorded"))
    }

    /// Caps the writer connection's file at the pages it has now; the limit is per connection.
    private func capAtCurrentSize(_ database: AppDatabase) throws {
        try database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
    }
}
