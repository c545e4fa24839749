public import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Adds a staff member or changes one; a new member needs a PIN, and a nil PIN keeps the old one.
    ///
    /// The PIN is hashed before the write transaction opens: at the default rounds that takes a
    /// noticeable fraction of a second, and no sale should wait for it. Staff changes stay on this
    /// terminal: they are not outbox events.
    public func saveStaff(_ member: StaffMember, pin: PIN?, rounds: Int = PINHash.defaultRounds, at date: Date) throws(StoreError) {
        let hash: String?
        do {
            hash = try pin.map { pin throws(PINHash.Failure) in try PINHash(pin, rounds: rounds).stored }
        } catch {
            throw .invalidData(path: path, reason: "the new PIN hash of staff member \(member.id) \(error.reason)")
        }
        let time = Timestamp.text(date)
        try write { db in
            let exists = try Bool.fetchOne(db, sql: "SELECT 1 FROM staff WHERE id = ?", arguments: [member.id]) ?? false
            if exists {
                try db.execute(sql: """
                    UPDATE staff SET name = ?, role = ?, active = ?, pin_hash = COALESCE(?, pin_hash), updated_at = ? WHERE id = ?
                    """, arguments: [member.name, member.role.rawValue, member.isActive, hash, time, member.id])
            } else {
                guard let hash else {
                    throw StoreError.conflict("Staff member \(member.id) is new and has no PIN yet; give them a PIN to add them.")
                }
                try db.execute(sql: """
                    INSERT INTO staff (id, name, role, pin_hash, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [member.id, member.name, member.role.rawValue, hash, member.isActive, time, time])
            }
        }
    }

    /// Everyone who may log in or ever could, deactivated members too, ordered by id.
    public func staff() throws(StoreError) -> [StaffMember] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, role, active FROM staff ORDER BY id").map { try staffMember($0) }
        }
    }

    /// The member with this staff number, if there is one.
    public func staffMember(id: String) throws(StoreError) -> StaffMember? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT id, name, role, active FROM staff WHERE id = ?", arguments: [id]).map { try staffMember($0) }
        }
    }

    /// A `staff` row as a member; a role this version does not know, or a blank name, is damaged data.
    func staffMember(_ row: Row) throws -> StaffMember {
        let id: String = row["id"]
        guard let role = Role(rawValue: row["role"]) else {
            throw StoreError.invalidData(path: path, reason: "staff member \(id) has the unknown role \"\(row["role"] as String)\"")
        }
        do {
            return try StaffMember(id: id, name: row["name"], role: role, isActive: row["active"])
        } catch {
            throw StoreError.invalidData(path: path, reason: "staff member \(id) cannot be read back: \(error)")
        }
    }
}
