public import Foundation

/// The reconciliation of a counted drawer, made only after the count is in so the close stays blind.
///
/// The cashier submits a count without seeing what the till expects; this value then shows both and
/// the difference. `overShort` is counted minus expected: positive when the drawer is over, negative
/// when it is short. A difference larger than the threshold needs a reason before the shift may close.
public struct ShiftClose: Hashable, Codable, Sendable {
    public let expected: Money
    public let counted: CashCount
    public let overShort: Money
    /// The largest over/short, either way, that closes without a reason.
    public let varianceThreshold: Money
    public let countedBy: String
    public let countedAt: Date
    public private(set) var reason: String?
    public private(set) var closedBy: String?
    public private(set) var closedAt: Date?

    /// Whether the difference exceeds the threshold, so closing needs a reason.
    public var reasonRequired: Bool { overShort.minorUnits.magnitude > varianceThreshold.minorUnits.magnitude }

    public var isClosed: Bool { closedAt != nil }

    init(expected: Money, counted: CashCount, varianceThreshold: Money, countedBy: String, countedAt: Date) throws(ShiftError) {
        guard varianceThreshold.currency == expected.currency else {
            throw .currencyMismatch(expected: expected.currency.code, got: varianceThreshold.currency.code)
        }
        guard !varianceThreshold.isNegative else { throw .negativeThreshold }
        do {
            overShort = try counted.total.subtracting(expected)
        } catch {
            throw Shift.shiftError(error)
        }
        self.expected = expected
        self.counted = counted
        self.varianceThreshold = varianceThreshold
        self.countedBy = countedBy
        self.countedAt = countedAt
    }

    /// Records who closed and why; refuses a missing reason when one is required.
    mutating func finish(reason: String?, closedBy staffID: String, at: Date) throws(ShiftError) {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        let given = trimmed?.isEmpty == false ? trimmed : nil
        guard given != nil || !reasonRequired else { throw .reasonRequired(overShort: overShort) }
        self.reason = given
        self.closedBy = staffID
        self.closedAt = at
    }
}
