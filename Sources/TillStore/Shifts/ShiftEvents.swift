import Foundation
import TillCore

/// The outbox payload of an opened shift: who opened which drawer, when, with what float.
struct ShiftOpenedEvent: Encodable {
    let shiftID: String
    let terminalID: String
    let cashierID: String
    let openedAt: Date
    let openingFloat: CashCount
}

/// The outbox payload of a paid in, paid out or no-sale.
struct CashMovementEvent: Encodable {
    let shiftID: String
    let terminalID: String
    let movement: CashMovement
}

/// The outbox payload of a shift's count, and again of its close, which adds the reason and who closed it.
struct ShiftReconciliationEvent: Encodable {
    let shiftID: String
    let terminalID: String
    let reconciliation: ShiftClose
}
