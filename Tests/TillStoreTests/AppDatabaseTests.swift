import Foundation
import GRDB
import Testing
@testable import TillStore

@Suite struct AppDatabaseTests {
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

            #expect(try database.appliedMigrations() == ["v1-store-meta", "v2-catalog", "v3-sales", "v4-staff-shifts"])
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

            #expect(try reopened.appliedMigrations() == ["v1-store-meta", "v2-catalog", "v3-sales", "v4-staff-shifts"])
            #expect(try reopened.metaValue(forKey: "schema_created_at") == firstCreatedAt)
            #expect(try reopened.durabilitySettings().synchronous == DurabilitySettings.synchronousFull)
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
