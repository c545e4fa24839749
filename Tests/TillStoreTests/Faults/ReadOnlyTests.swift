import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Read-only storage, two honest ways. Tests run as root here, and root ignores permission bits, so the
/// always-on test has SQLite itself refuse writes (`PRAGMA query_only`), which answers SQLITE_READONLY:
/// the code a read-only file, mount or open gives. The file-mode test runs where the user is not root.
@Suite struct ReadOnlyTests {
    let standard = TaxClass(code: "standard", rate: TaxRate(millionths: 81_000))
    let reduced = TaxClass(code: "reduced", rate: TaxRate(millionths: 26_000))

    @Test func sqliteRefusingWritesGivesReadOnlyAndKeepsEarlierData() throws {
        try withTemporaryFolder { folder in
            let database = try AppDatabase(path: folder.appending(path: "till.sqlite").path)
            try database.replaceTaxClasses([standard])
            try database.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = ON") }

            #expect(throws: StoreError.readOnly(path: database.path)) {
                try database.replaceTaxClasses([standard, reduced])
            }

            #expect(try database.taxTable() == TaxTable([standard]))
        }
    }

    @Test(.enabled(if: getuid() != 0, "root ignores permission bits"))
    func aReadOnlyFileGivesReadOnly() throws {
        try withTemporaryFolder { folder in
            let path = folder.appending(path: "till.sqlite").path
            try AppDatabase(path: path).replaceTaxClasses([standard])
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)

            #expect(throws: StoreError.readOnly(path: path)) {
                try AppDatabase(path: path).replaceTaxClasses([standard, reduced])
            }
        }
    }

    @Test func theMessageSaysHowToMakeItWritable() {
        let message = StoreError.readOnly(path: "/media/usb/till.sqlite").description
        #expect(message.contains("/media/usb/till.sqlite"))
        #expect(message.contains("read-write"))
    }
}
