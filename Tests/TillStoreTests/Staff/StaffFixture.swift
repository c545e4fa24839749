import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// Staff, times and raw-row helpers shared by the staff, shift and customer store tests.
enum StaffFixture {
    /// Few rounds, so the tests spend their time on the store rather than on PBKDF2.
    static let rounds = 1_000
    static let noon = Date(timeIntervalSince1970: 1_760_000_000)

    static func seconds(_ count: Double) -> Date { noon.addingTimeInterval(count) }

    /// A store with Ann (cashier, PIN 1234), Sam (supervisor, PIN 5678) and Max (manager, PIN 9012).
    static func store() throws -> AppDatabase {
        let database = try AppDatabase.makeTemporary()
        for (id, name, role, pin) in [("ann", "Ann", Role.cashier, "1234"), ("sam", "Sam", .supervisor, "5678"),
                                      ("max", "Max", .manager, "9012")] {
            try database.saveStaff(try StaffMember(id: id, name: name, role: role), pin: try PIN(pin), rounds: rounds, at: noon)
        }
        return database
    }
}

extension AppDatabase {
    /// Rows of `table` counted, for checking what a call wrote or left alone.
    func count(_ table: String, where condition: String = "1") throws -> Int {
        try writer.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table) WHERE \(condition)") ?? -1 }
    }

    /// The JSON payload of every outbox event of `kind`, oldest first, as objects.
    func payloads(_ kind: String) throws -> [[String: Any]] {
        try outbox(limit: 1_000).filter { $0.kind == kind }.map { event in
            try #require(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
        }
    }
}
