/// Why an amount could not be computed or read.
public enum MoneyError: Error, Equatable, Sendable {
    /// The result does not fit in 64 bits of minor units.
    case overflow
    /// Two amounts in different currencies were combined.
    case currencyMismatch(String, String)
    /// A division by zero (an empty split, a zero quantity basis).
    case divisionByZero
    /// Typed text that is not an amount, with the reason.
    case unreadable(String, reason: String)
}
