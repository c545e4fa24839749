public import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Checks a staff number and PIN and records the attempt, unless wrong PINs in a row make it wait.
    ///
    /// Failures count per staff number as typed, unknown numbers too, since its last success. Once
    /// there are `throttle.freeAttempts` of them, an attempt before the last failure plus
    /// `throttle.delay` is answered `.retryAt` without checking the PIN or recording anything, so
    /// guessing cannot go faster than the throttle allows. Every checked attempt is recorded in
    /// `login_attempt`; a right PIN of a deactivated member counts as a failure. The PBKDF2 check runs
    /// between a read and a write, never inside a transaction, so a login does not hold the write
    /// lock a sale may be waiting for.
    public func logIn(
        staffID: String, pin: String, terminalID: String, at date: Date, throttle: LoginThrottle = LoginThrottle()
    ) throws(StoreError) -> LoginOutcome {
        let history = try read { db in try LoginHistory(staffID: staffID, db, database: self) }
        if let lastFailure = history.lastFailure {
            let retryAt = lastFailure.addingTimeInterval(throttle.delay(afterConsecutiveFailures: history.failures))
            if date < retryAt { return .retryAt(retryAt) }
        }
        let outcome = try outcome(of: pin, for: history, at: date, throttle: throttle)
        try write { db in
            try db.execute(sql: "INSERT INTO login_attempt (staff_id, terminal_id, at, succeeded) VALUES (?, ?, ?, ?)",
                           arguments: [staffID, terminalID, Timestamp.text(date), outcome.isSuccess])
        }
        return outcome
    }

    private func outcome(
        of typed: String, for history: LoginHistory, at date: Date, throttle: LoginThrottle
    ) throws(StoreError) -> LoginOutcome {
        guard let member = history.member, let stored = history.pinHash else { return .unknownStaff }
        if let pin = try? PIN(typed), try matches(pin, stored, staffID: member.id) {
            return member.isActive ? .success(member) : .inactive(member)
        }
        let failures = history.failures + 1
        let delay = throttle.delay(afterConsecutiveFailures: failures)
        return .wrongPIN(failures: failures, retryAt: delay > 0 ? date.addingTimeInterval(delay) : nil)
    }

    private func matches(_ pin: PIN, _ stored: String, staffID: String) throws(StoreError) -> Bool {
        do {
            return try PINHash(stored: stored).matches(pin)
        } catch {
            throw .invalidData(path: path, reason: "the PIN hash of staff member \(staffID) \(error.reason)")
        }
    }
}

extension LoginOutcome {
    fileprivate var isSuccess: Bool {
        if case .success = self { true } else { false }
    }
}

/// A staff number's record and its failed logins since its last success.
private struct LoginHistory {
    let member: StaffMember?
    let pinHash: String?
    let failures: Int
    /// When the latest of `failures` was made; nil when there are none.
    let lastFailure: Date?

    init(staffID: String, _ db: Database, database: AppDatabase) throws {
        let row = try Row.fetchOne(db, sql: "SELECT id, name, role, active, pin_hash FROM staff WHERE id = ?", arguments: [staffID])
        member = try row.map { try database.staffMember($0) }
        pinHash = row?["pin_hash"]
        let failed = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) AS failures, (SELECT at FROM login_attempt WHERE staff_id = :staff ORDER BY id DESC LIMIT 1) AS latest
            FROM login_attempt
            WHERE staff_id = :staff AND succeeded = 0
              AND id > COALESCE((SELECT MAX(id) FROM login_attempt WHERE staff_id = :staff AND succeeded = 1), 0)
            """, arguments: ["staff": staffID])
        failures = failed?["failures"] ?? 0
        let latest: String? = failures > 0 ? failed?["latest"] : nil
        lastFailure = try latest.map { text in
            guard let date = Timestamp.date(text) else {
                throw StoreError.invalidData(path: database.path, reason: "a login attempt of staff number \(staffID) has the unreadable time \(text)")
            }
            return date
        }
    }
}
