public import Foundation

/// Who records a stock document, on which terminal and when, under which ids.
///
/// The document id is the retry guard: recording the same document twice is refused, so a retried
/// key press or command never moves stock twice. The event id is the outbox event's UUID, the
/// hub's own guard against applying it twice.
public struct StockContext: Hashable, Sendable {
    public let documentID: String
    public let eventID: String
    public let terminalID: String
    /// Who did it; nil from the command line, which runs as whoever administers the machine.
    public let staffID: String?
    /// The supervisor who approved it, if it needed approval.
    public let approvedBy: String?
    public let date: Date

    public init(documentID: String, eventID: String, terminalID: String, staffID: String? = nil, approvedBy: String? = nil, at date: Date) {
        self.documentID = documentID
        self.eventID = eventID
        self.terminalID = terminalID
        self.staffID = staffID
        self.approvedBy = approvedBy
        self.date = date
    }

    /// The time as the store writes it.
    var time: String { Timestamp.text(date) }
}
