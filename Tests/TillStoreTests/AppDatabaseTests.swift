import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore
import TillWire

@Suite struct AppDatabaseTests {
    /// Every migration, in the order a new store runs them.
    static let migrations = ["v1-store-meta", "v2-catalog", "v3-sales", "v4-staff-shifts", "v5-refunds", "v6-products-by-category",
                             "v7-z-reports", "v8-print-queue", "v9-report-counters", "v10-shift-days", "v11-sync",
                             "v12-inventory", "v13-loyalty", "v14-training", "v15-gift-cards-and-tips", "v16-open-checks",
                             "v17-shared-checks", "v18-sale-tips"]

    @Test func writerConnectionIsDurable() throws {
        let database = try AppDatabase.makeTemporary()

        let settings = try database.durabilitySettings()

        #expect(settings.journalMode == "wal")
        #expect(settings.synchronous == DurabilitySettings.synchronousFull)
        #expect(settings.foreignKeys)
        #expect(settings.busyTimeoutMilliseconds == 5_000)
    }

    @Test func migratesAnEmptyFile() throws {
        try withTemporaryFolder { folder in

            let database = try AppDatabase(path: folder.appending(path: "till.sqlite").path)

            #expect(try database.appliedMigrations() == Self.migrations)
            let createdAt = try #require(try database.metaValue(forKey: "schema_created_at"))
            #expect(ISO8601DateFormatter.withFractionalSeconds.date(from: createdAt) != nil)
        }
    }

    @Test func anEmptyFileGetsTheStaffAndShiftTables() throws {
        try withTemporaryFolder { folder in
            let database = try AppDatabase(path: folder.appending(path: "till.sqlite").path)

            let tables = try database.writer.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            }

            for table in ["staff", "login_attempt", "clock_event", "shift", "cash_movement", "approval", "customer"] {
                #expect(tables.contains(table), "\(table)")
            }
        }
    }

    @Test func reopeningKeepsTheSchemaAndItsCreationTime() throws {
        try withTemporaryFolder { folder in
            let path = folder.appending(path: "till.sqlite").path
            let firstCreatedAt = try AppDatabase(path: path).metaValue(forKey: "schema_created_at")

            let reopened = try AppDatabase(path: path)

            #expect(try reopened.appliedMigrations() == Self.migrations)
            #expect(try reopened.metaValue(forKey: "schema_created_at") == firstCreatedAt)
            #expect(try reopened.durabilitySettings().synchronous == DurabilitySettings.synchronousFull)
        }
    }

    @Test func aStoreFromBeforeRefundsKeepsItsStockAndGainsRefunds() throws {
        try withTemporaryFolder { folder in
            // Given a store left at v4 with stock sold
            let path = folder.appending(path: "till.sqlite").path
            let old = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(old, upTo: "v4-staff-shifts")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO stock_movement (event_id, product_id, location_id, quantity, reason, created_at)
                    VALUES ('o-1/stock/1', 'coffee', 'floor', -2000, 'sale', '2026-11-24T10:00:00.000Z')
                    """)
            }
            try old.close()

            // When this version opens it
            let database = try AppDatabase(path: path)

            // Then it has every migration, the stock it had, and refund numbers starting at 1
            #expect(try database.appliedMigrations() == Self.migrations)
            #expect(try database.stockLevel(productID: "coffee").thousandths == -2000)
            let counters = try database.writer.read { db in
                try Row.fetchAll(db, sql: "SELECT name, value FROM counter WHERE name LIKE 'refund%' ORDER BY name")
            }
            #expect(counters.map { "\($0[0] as String)=\($0[1] as Int64)" } == ["refund=0", "refund.training=0"])
        }
    }

    @Test func anOpenCheckFromBeforeSharedChecksStaysOpenAndGoesToTheHubAsNew() throws {
        try withTemporaryFolder { folder in
            // Given a store left at v16 with table 3's check open
            let path = folder.appending(path: "till.sqlite").path
            let old = try DatabaseQueue(path: path)
            try AppDatabase.migrator.migrate(old, upTo: "v16-open-checks")
            var check = try Check(id: "chk-3", table: "3", serverID: "mia", covers: 2, currency: SaleFixture.chf,
                                  openedAt: Date(timeIntervalSince1970: 1_796_000_000), localTime: LocalTime(weekday: 5, hour: 12, minute: 0))
            try check.add(ResolvedItem(product: Product(id: "soup", sku: "soup", name: "Soup", price: 1_200, taxCodes: ["standard"]),
                                       source: .id), course: .starters, at: LocalTime(weekday: 5, hour: 12, minute: 0))
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO open_check (id, table_name, server_id, covers, order_type, opened_at, updated_at, terminal_id, version, document)
                    VALUES ('chk-3', '3', 'mia', 2, 'dine-in', '2026-12-03T12:00:00.000Z', '2026-12-03T12:00:00.000Z', 'T1', 4, ?)
                    """, arguments: [try StoredDocument.encode(check)])
            }
            try old.close()

            // When this version opens it, the check is there with no hub revision yet
            let database = try AppDatabase(path: path)
            #expect(try database.appliedMigrations() == Self.migrations)
            let stored = try #require(try database.openCheck(id: "chk-3"))
            #expect(stored.check == check && stored.stamp == nil)
            // And its next change goes to the hub as a check the hub has not seen
            try database.saveCheck(CheckChange(check, base: nil, revision: "r1"), terminalID: "T1", at: Date(timeIntervalSince1970: 1_796_000_000))
            let save = try WireJSON.decode(CheckSave.self, from: try #require(try database.eventsToPush().last?.payload))
            #expect(save.id == "chk-3" && save.base == nil && save.generation == 1 && save.firstNewLine == 1)
            #expect(try database.openCheck(id: "chk-3")?.stamp == CheckStamp(revision: "r1", generation: 1, nextLine: 2))
        }
    }

    @Test func openingThroughADataDirectoryCreatesIt() throws {
        try withTemporaryFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "new/till"))

            let database = try AppDatabase(directory: directory)

            #expect(database.path == directory.databaseURL.path(percentEncoded: false))
            #expect(FileManager.default.fileExists(atPath: database.path))
        }
    }

    @Test func aDirectoryWhereTheFileShouldBeCannotBeOpened() throws {
        try withTemporaryFolder { folder in
            let path = folder.appending(path: "till.sqlite").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)

            #expect(throws: StoreError.cannotOpenDatabase(path: path)) {
                try AppDatabase(path: path)
            }
        }
    }
}

extension ISO8601DateFormatter {
    fileprivate static var withFractionalSeconds: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }
}
