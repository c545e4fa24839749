/// Where a check's line stands with the kitchen.
public enum FireStatus: String, Hashable, Codable, Sendable {
    /// Rung up, not yet sent: the next "send" prints it.
    case pending
    /// Kept back by the server: sent only when its course is fired.
    case held
    /// On a kitchen ticket already: a void now prints a cancellation.
    case sent
}

/// What a check knows of one of its cart's lines besides the sale: the seat, the course, the kitchen
/// state and a note for the cooks.
public struct CheckLine: Hashable, Codable, Sendable {
    /// The cart line's id.
    public let lineID: Int
    /// The guest's seat, 1 and up; nil for the table (shared plates, a bottle for everyone).
    public var seat: Int?
    public var course: Course
    public var status: FireStatus
    /// The kitchen round that sent it, 1 and up.
    public var round: Int?
    public var note: String?

    public init(lineID: Int, seat: Int?, course: Course, status: FireStatus = .pending, round: Int? = nil, note: String? = nil) {
        self.lineID = lineID
        self.seat = seat
        self.course = course
        self.status = status
        self.round = round
        self.note = note
    }
}
