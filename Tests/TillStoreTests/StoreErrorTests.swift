import Testing
@testable import TillStore

@Suite struct StoreErrorTests {
    @Test func sqliteCodesBecomeActionableCases() {
        #expect(StoreError.fromSQLite(code: 13, message: "", path: "/d") == .diskFull(path: "/d"))
        #expect(StoreError.fromSQLite(code: 5, message: "", path: "/d") == .databaseLocked(path: "/d"))
        #expect(StoreError.fromSQLite(code: 6, message: "", path: "/d") == .databaseLocked(path: "/d"))
        #expect(StoreError.fromSQLite(code: 8, message: "", path: "/d") == .readOnly(path: "/d"))
        #expect(StoreError.fromSQLite(code: 14, message: "", path: "/d") == .cannotOpenDatabase(path: "/d"))
        #expect(StoreError.fromSQLite(code: 19, message: "constraint", path: "/d")
                == .sqlite(path: "/d", code: 19, message: "constraint"))
    }

    @Test func messagesNameThePathAndWhatToDo() {
        let full = StoreError.diskFull(path: "/var/lib/till/till.sqlite").description
        #expect(full.contains("/var/lib/till/till.sqlite"))
        #expect(full.contains("Free some space"))

        let locked = StoreError.databaseLocked(path: "/d/till.sqlite").description
        #expect(locked.contains("another till"))

        let denied = StoreError.permissionDenied(path: "/srv/till").description
        #expect(denied.contains("/srv/till"))
        #expect(denied.contains("--data-dir"))

        #expect(StoreError.readOnly(path: "/media/ro").description.contains("read-write"))
        #expect(StoreError.notADirectory(path: "/x").description.contains("not a directory"))
        #expect(StoreError.cannotOpenDatabase(path: "/x").description.contains("Cannot open"))
    }
}
