/// The cash a drawer should hold against what was counted in it, per shift and for the whole period.
public struct CashReconciliation: Hashable, Sendable {
    /// The period's drawers added together.
    public let total: CashFigures
    /// One entry per shift, in the order the store gave them.
    public let drawers: [DrawerCash]

    /// The drawers' figures, read from each shift through the shift's own rules, and their sum.
    init(_ shifts: [Shift], currency: Currency) throws(ReportError) {
        var total = CashFigures(float: 0, cashSales: 0, cashRefunds: 0, paidIn: 0, paidOut: 0, expected: 0,
                                counted: 0, overShort: 0)
        var drawers: [DrawerCash] = []
        for shift in shifts {
            guard shift.currency == currency else {
                throw .currencyMismatch(expected: currency.code, got: shift.currency.code)
            }
            let figures = try CashFigures(shift)
            total = try total.adding(figures)
            drawers.append(DrawerCash(shiftID: shift.id, terminalID: shift.terminalID, cashierID: shift.cashierID,
                                      figures: figures))
        }
        self.total = total
        self.drawers = drawers
    }
}

/// One shift's drawer.
public struct DrawerCash: Hashable, Sendable {
    public let shiftID: String
    public let terminalID: String
    public let cashierID: String
    public let figures: CashFigures
}

/// Float, cash in and out, expected and counted: expected = float + cash sales − cash refunds + paid in − paid out.
public struct CashFigures: Hashable, Sendable {
    public let float: Int64
    /// Cash tendered in sales less the change handed back.
    public let cashSales: Int64
    public let cashRefunds: Int64
    public let paidIn: Int64
    public let paidOut: Int64
    public let expected: Int64
    /// Nil while a drawer is not yet counted (an X report during the shift).
    public let counted: Int64?
    /// Counted − expected: positive when over, negative when short; nil while not counted.
    public let overShort: Int64?

    public init(float: Int64, cashSales: Int64, cashRefunds: Int64, paidIn: Int64, paidOut: Int64, expected: Int64,
                counted: Int64?, overShort: Int64?) {
        self.float = float
        self.cashSales = cashSales
        self.cashRefunds = cashRefunds
        self.paidIn = paidIn
        self.paidOut = paidOut
        self.expected = expected
        self.counted = counted
        self.overShort = overShort
    }

    init(_ shift: Shift) throws(ReportError) {
        self.init(
            float: shift.openingFloat.total.minorUnits,
            cashSales: try ReportMath.subtract(shift.cashTendered.minorUnits, shift.changeGiven.minorUnits),
            cashRefunds: shift.cashRefunded.minorUnits,
            paidIn: try Self.minorUnits { () throws(ShiftError) in try shift.total(of: .paidIn) },
            paidOut: try Self.minorUnits { () throws(ShiftError) in try shift.total(of: .paidOut) },
            expected: try Self.minorUnits { () throws(ShiftError) in try shift.expectedCash },
            counted: shift.reconciliation?.counted.total.minorUnits,
            overShort: shift.reconciliation?.overShort.minorUnits)
    }

    /// A shift's figure in minor units; the shift has already checked its currency, so it can only overflow.
    private static func minorUnits(_ read: () throws(ShiftError) -> Money) throws(ReportError) -> Int64 {
        do { return try read().minorUnits } catch { throw .overflow }
    }

    /// Both drawers together; counted and over/short only when both drawers were counted.
    func adding(_ other: CashFigures) throws(ReportError) -> CashFigures {
        let both = { (a: Int64?, b: Int64?) throws(ReportError) -> Int64? in
            guard let a, let b else { return nil }
            return try ReportMath.add(a, b)
        }
        return CashFigures(
            float: try ReportMath.add(float, other.float), cashSales: try ReportMath.add(cashSales, other.cashSales),
            cashRefunds: try ReportMath.add(cashRefunds, other.cashRefunds), paidIn: try ReportMath.add(paidIn, other.paidIn),
            paidOut: try ReportMath.add(paidOut, other.paidOut), expected: try ReportMath.add(expected, other.expected),
            counted: try both(counted, other.counted), overShort: try both(overShort, other.overShort))
    }
}
