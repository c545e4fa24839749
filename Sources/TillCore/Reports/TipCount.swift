/// The tips one server was given on one business day, added up: a row of the running counters.
public struct TipCount: Hashable, Sendable {
    public let businessDay: BusinessDay
    public let serverID: String
    public let training: Bool
    public let tips: Tally

    public init(businessDay: BusinessDay, serverID: String, training: Bool = false, tips: Tally) {
        self.businessDay = businessDay
        self.serverID = serverID
        self.training = training
        self.tips = tips
    }
}
