public import Foundation
import GRDB
import TillWire

extension AppDatabase {
    /// Records that a member started or ended work, with its outbox event, refusing a second clock-in
    /// before a clock-out (and a clock-out without a clock-in), so worked hours always pair up.
    public func clock(_ kind: ClockKind, staffID: String, terminalID: String, at date: Date) throws(StoreError) {
        try write { db in
            try requireStaff(staffID, db)
            switch (kind, try clockedIn(staffID, db)) {
            case (.clockIn, true):
                throw StoreError.conflict("Staff member \(staffID) is already clocked in; clock out first.")
            case (.clockOut, false):
                throw StoreError.conflict("Staff member \(staffID) is not clocked in, so cannot clock out; clock in first.")
            default:
                break
            }
            try db.execute(sql: "INSERT INTO clock_event (staff_id, terminal_id, kind, at) VALUES (?, ?, ?, ?)",
                           arguments: [staffID, terminalID, kind.rawValue, Timestamp.text(date)])
            try Outbox.append(.clock, ClockEvent(staffID: staffID, terminalID: terminalID, kind: kind, at: date), at: date, db)
        }
    }

    /// Whether the member's latest clock event, on any terminal, is a clock-in.
    public func isClockedIn(staffID: String) throws(StoreError) -> Bool {
        try read { db in try clockedIn(staffID, db) }
    }

    private func clockedIn(_ staffID: String, _ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT kind FROM clock_event WHERE staff_id = ? ORDER BY id DESC LIMIT 1",
                            arguments: [staffID]) == ClockKind.clockIn.rawValue
    }

    /// Refuses a staff number nobody holds with a message, where the foreign key would only say "constraint failed".
    func requireStaff(_ staffID: String, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM staff WHERE id = ?", arguments: [staffID]) ?? false else {
            throw StoreError.conflict("There is no staff member \(staffID); add them with `till staff add` first.")
        }
    }
}

/// The outbox payload of a clock event.
private struct ClockEvent: Encodable {
    let staffID: String
    let terminalID: String
    let kind: ClockKind
    let at: Date
}
