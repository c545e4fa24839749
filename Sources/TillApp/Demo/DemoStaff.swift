import Foundation
public import TillCore
import TillStore

/// The demo store's staff, one in every role, with PINs printed on its login screen.
public enum DemoStaff {
    /// (number, name, role, PIN).
    public static let members: [(id: String, name: String, role: Role, pin: String)] = [
        ("1", "Chris Cashier", .cashier, "1111"), ("2", "Sam Supervisor", .supervisor, "2222"),
        ("3", "Morgan Manager", .manager, "3333"), ("4", "Alex Admin", .admin, "4444"), ("5", "Tess Trainer", .trainer, "5555"),
    ]

    /// The login screen's lines for trainees: one staff member a line.
    public static var loginHint: String {
        (["Demo staff — type the number, Enter, the PIN, Enter:"]
            + members.map { "  \($0.id) · PIN \($0.pin) · \($0.name), \($0.role.rawValue)" }).joined(separator: "\n")
    }

    /// The member with staff number `id`, as the store knows them.
    static func member(_ id: String) throws(DemoError) -> StaffMember {
        guard let member = members.first(where: { $0.id == id }) else { throw .generated("there is no demo staff member \(id)") }
        return try DemoError.checking("staff member \(id)") { () throws(StaffError) in
            try StaffMember(id: member.id, name: member.name, role: member.role)
        }
    }

    /// Saves every member with their PIN.
    static func enrol(in database: AppDatabase, at date: Date) throws(DemoError) {
        for entry in members {
            let member = try member(entry.id)
            let pin = try DemoError.checking("the PIN of staff member \(entry.id)") { () throws(StaffError) in try PIN(entry.pin) }
            try DemoError.storing { () throws(StoreError) in try database.saveStaff(member, pin: pin, rounds: rounds, at: date) }
        }
    }

    /// The PINs are public (shown on screen), so the demo hashes them with fewer rounds to open fast.
    static let rounds = 10_000
}
