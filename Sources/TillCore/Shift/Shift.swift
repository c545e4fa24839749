public import Foundation

/// One cashier's session on one terminal's drawer, from the counted float to the blind close, so the
/// cash can be reconciled against what the till says the drawer should hold.
///
/// Every change is checked before it is applied: an amount in another currency, an overflow, or a
/// paid out the drawer cannot cover leaves the shift exactly as it was. Once the drawer is counted
/// nothing more may go in or out. `expectedCash` is there for X reports; a till running a blind close
/// must not show it to the cashier before `submitCount`.
public struct Shift: Hashable, Codable, Sendable, Identifiable {
    public enum Status: String, Codable, Sendable {
        /// Taking sales.
        case open
        /// Counted; waiting for a reason, if one is required, and the close.
        case counted
        case closed
    }

    public let id: String
    public let terminalID: String
    public let cashierID: String
    public let openedAt: Date
    public let openingFloat: CashCount
    public private(set) var movements: [CashMovement] = []
    /// Cash customers handed over in sales, before change.
    public private(set) var cashTendered: Money
    public private(set) var changeGiven: Money
    public private(set) var cashRefunded: Money
    /// The count and its result, once the drawer has been counted.
    public private(set) var reconciliation: ShiftClose?

    public init(id: String, terminalID: String, cashierID: String, openedAt: Date, openingFloat: CashCount) {
        self.id = id
        self.terminalID = terminalID
        self.cashierID = cashierID
        self.openedAt = openedAt
        self.openingFloat = openingFloat
        let zero = Money.zero(openingFloat.currency)
        cashTendered = zero
        changeGiven = zero
        cashRefunded = zero
    }

    /// The drawer's currency, set by the opening float.
    public var currency: Currency { openingFloat.currency }

    public var status: Status {
        guard let reconciliation else { return .open }
        return reconciliation.isClosed ? .closed : .counted
    }

    /// What the drawer should hold: float + tendered − change − refunds + paid in − paid out.
    public var expectedCash: Money {
        get throws(ShiftError) {
            do {
                var cash = try Checked.add(openingFloat.total.minorUnits, cashTendered.minorUnits)
                cash = try Checked.subtract(cash, changeGiven.minorUnits)
                cash = try Checked.subtract(cash, cashRefunded.minorUnits)
                cash = try Checked.add(cash, Checked.sum(movements.map(\.drawerEffect.minorUnits)))
                return Money(minorUnits: cash, currency: currency)
            } catch {
                throw Self.shiftError(error)
            }
        }
    }

    /// The total of one kind of movement: all paid ins, or all paid outs.
    public func total(of kind: CashMovement.Kind) throws(ShiftError) -> Money {
        do {
            let sum = try Checked.sum(movements.filter { $0.kind == kind }.map(\.amount.minorUnits))
            return Money(minorUnits: sum, currency: currency)
        } catch {
            throw Self.shiftError(error)
        }
    }

    /// A cash payment: `tendered` went into the drawer and `change` came out of it.
    public mutating func recordCashSale(tendered: Money, change: Money) throws(ShiftError) {
        try requireDrawerCurrency(tendered)
        try requireDrawerCurrency(change)
        guard tendered.minorUnits > 0 else { throw .amountNotPositive(what: "cash tendered") }
        guard !change.isNegative else { throw .negativeAmount(what: "change") }
        guard change <= tendered else { throw .changeExceedsTendered(tendered: tendered, change: change) }
        try apply { shift throws(ShiftError) in
            shift.cashTendered = try Self.add(shift.cashTendered, tendered)
            shift.changeGiven = try Self.add(shift.changeGiven, change)
        }
    }

    /// Cash handed back to a customer for a refund.
    public mutating func recordCashRefund(_ amount: Money) throws(ShiftError) {
        try requireDrawerCurrency(amount)
        guard amount.minorUnits > 0 else { throw .amountNotPositive(what: "refund amount") }
        try apply { shift throws(ShiftError) in shift.cashRefunded = try Self.add(shift.cashRefunded, amount) }
    }

    /// A paid in, paid out or no-sale.
    public mutating func record(_ movement: CashMovement) throws(ShiftError) {
        try requireDrawerCurrency(movement.amount)
        try apply { shift throws(ShiftError) in shift.movements.append(movement) }
    }

    /// The blind count: the drawer as counted, compared with what the till expected.
    ///
    /// The count is final once submitted, so a cashier cannot recount after seeing the difference. The
    /// result says whether closing needs a reason: when over/short exceeds `varianceThreshold` either way.
    public mutating func submitCount(
        _ counted: CashCount, countedBy staffID: String, at: Date, varianceThreshold: Money
    ) throws(ShiftError) -> ShiftClose {
        try requireOpen()
        guard counted.currency == currency else {
            throw .currencyMismatch(expected: currency.code, got: counted.currency.code)
        }
        let result = try ShiftClose(expected: expectedCash, counted: counted, varianceThreshold: varianceThreshold,
                                    countedBy: staffID, countedAt: at)
        reconciliation = result
        return result
    }

    /// Closes a counted shift; `reason` is required when the count's over/short exceeds the threshold.
    public mutating func close(reason: String?, closedBy staffID: String, at: Date) throws(ShiftError) -> ShiftClose {
        guard var result = reconciliation else { throw .notCounted(shiftID: id) }
        guard !result.isClosed else { throw .alreadyClosed(shiftID: id) }
        try result.finish(reason: reason, closedBy: staffID, at: at)
        reconciliation = result
        return result
    }

    private func requireOpen() throws(ShiftError) {
        switch status {
        case .open: return
        case .counted: throw .countAlreadySubmitted(shiftID: id)
        case .closed: throw .alreadyClosed(shiftID: id)
        }
    }

    private func requireDrawerCurrency(_ amount: Money) throws(ShiftError) {
        guard amount.currency == currency else {
            throw .currencyMismatch(expected: currency.code, got: amount.currency.code)
        }
    }

    /// Applies `change` to a copy and keeps it only if the shift is open and the drawer stays countable
    /// and at or above zero.
    private mutating func apply(_ change: (inout Shift) throws(ShiftError) -> Void) throws(ShiftError) {
        try requireOpen()
        var next = self
        try change(&next)
        guard try !next.expectedCash.isNegative else { throw .notEnoughCash }
        self = next
    }

    private static func add(_ a: Money, _ b: Money) throws(ShiftError) -> Money {
        do {
            return try a.adding(b)
        } catch {
            throw shiftError(error)
        }
    }

    /// The shift's reading of a money error; currencies are checked before arithmetic, so in practice
    /// this is an overflow.
    static func shiftError(_ error: MoneyError) -> ShiftError {
        switch error {
        case .currencyMismatch(let expected, let got): .currencyMismatch(expected: expected, got: got)
        case .overflow, .divisionByZero, .unreadable: .overflow
        }
    }
}
