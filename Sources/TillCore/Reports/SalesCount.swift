/// The sales one cashier completed in one local hour of one business day, added up: a row of the
/// running counters the sale commit keeps, so a report reads sums instead of every sale.
///
/// Training sales are counted apart, under their flag: they count for nothing but their number.
public struct SalesCount: Hashable, Sendable {
    public let businessDay: BusinessDay
    /// The local hour the sales completed in, 0–23.
    public let hour: Int
    public let staffID: String
    public let training: Bool
    public let figures: SaleFigures

    public init(businessDay: BusinessDay, hour: Int, staffID: String, training: Bool = false, figures: SaleFigures) {
        self.businessDay = businessDay
        self.hour = hour
        self.staffID = staffID
        self.training = training
        self.figures = figures
    }
}
