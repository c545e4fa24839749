/// A line struck off a sale, or a whole sale abandoned, by whom and for how much.
///
/// Voids are not sales: they only feed the void figures and the absolute grand total, which counts
/// what was rung up and taken back so a till cannot hide sales by voiding them.
public struct VoidFact: Hashable, Sendable {
    public let staffID: String
    /// The line's gross when it was voided; positive.
    public let value: Int64
    public let training: Bool

    public init(staffID: String, value: Int64, training: Bool = false) {
        self.staffID = staffID
        self.value = value
        self.training = training
    }
}
