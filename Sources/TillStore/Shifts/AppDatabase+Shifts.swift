import GRDB
import TillWire
public import TillCore

extension AppDatabase {
    /// Opens a shift on its terminal with its counted float, and its outbox event; a terminal has at
    /// most one shift that is not closed. The shift is booked on a business day as a sale would be at
    /// its opening (on `calendar`), and counts in that day's reports.
    ///
    /// Only the opening is stored: a shift that already holds sales, movements or a count is refused
    /// rather than stored without them. Record movements with `record(_:shiftID:)` and commit sales
    /// with the shift's id in their `SaleContext`.
    public func openShift(_ shift: Shift, calendar: BusinessCalendar = BusinessCalendar()) throws(StoreError) {
        let opening = Shift(id: shift.id, terminalID: shift.terminalID, cashierID: shift.cashierID,
                            openedAt: shift.openedAt, openingFloat: shift.openingFloat)
        guard shift == opening else {
            throw .conflict("Shift \(shift.id) already has cash or a count recorded; open it with only its float, then record the rest.")
        }
        let float: String
        do { float = try StoredDocument.encode(shift.openingFloat) } catch { throw .invalidData(path: path, reason: "float of shift \(shift.id): \(error)") }
        try write { db in
            try requireStaff(shift.cashierID, db)
            if let open = try unclosedShiftID(terminalID: shift.terminalID, db) {
                throw StoreError.conflict("Terminal \(shift.terminalID) already has an open shift (\(open)); close it before opening another.")
            }
            try db.execute(sql: """
                INSERT INTO shift (id, terminal_id, cashier_id, opened_at, business_day, currency, opening_float, float_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [shift.id, shift.terminalID, shift.cashierID, Timestamp.text(shift.openedAt),
                                 try bookingDay(for: shift.openedAt, calendar: calendar, db), shift.currency.code,
                                 shift.openingFloat.total.minorUnits, float])
            try Outbox.append(.shiftOpen, ShiftOpenedEvent(shiftID: shift.id, terminalID: shift.terminalID, cashierID: shift.cashierID,
                                                           openedAt: shift.openedAt, openingFloat: shift.openingFloat),
                              at: shift.openedAt, db)
        }
    }

    /// The terminal's shift that is not closed yet, rebuilt from everything recorded against it, so
    /// its expected cash is the store's, never a copy kept by a screen.
    public func currentShift(terminalID: String) throws(StoreError) -> Shift? {
        try read { db in
            try unclosedShiftID(terminalID: terminalID, db).flatMap { try replayShift(id: $0, db) }
        }
    }

    /// Records a paid in, paid out or no-sale on a shift, with its outbox event.
    ///
    /// The shift is rebuilt and the movement applied by the core first, so the store refuses what the
    /// core refuses: a movement in another currency, a paid out the drawer cannot cover, anything after
    /// the count.
    public func record(_ movement: CashMovement, shiftID: String) throws(StoreError) {
        try write { db in
            var shift = try requireShift(shiftID, db)
            do throws(ShiftError) { try shift.record(movement) } catch { throw StoreError.conflict(error.description) }
            try requireStaff(movement.staffID, db)
            try db.execute(sql: "INSERT INTO cash_movement (id, shift_id, kind, amount, reason, staff_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [movement.id, shiftID, movement.kind.rawValue, movement.amount.minorUnits, movement.reason,
                                       movement.staffID, Timestamp.text(movement.at)])
            try Outbox.append(.cashMovement, CashMovementEvent(shiftID: shiftID, terminalID: shift.terminalID, movement: movement),
                              at: movement.at, db)
        }
    }

    /// The rebuilt shift, or a conflict naming the id nobody opened.
    func requireShift(_ id: String, _ db: Database) throws -> Shift {
        guard let shift = try replayShift(id: id, db) else {
            throw StoreError.conflict("There is no shift \(id) on this till; open a shift first.")
        }
        return shift
    }
}
