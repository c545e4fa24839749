public import TillCore

/// A print job waiting in the store's queue: it survives restarts and is retried until it prints or
/// the print worker gives up on it.
public struct PrintJob: Hashable, Sendable, Identifiable {
    /// What to print.
    public enum Content: Hashable, Sendable {
        /// A sale's receipt; `copy` for a reprint, which says COPY.
        case receipt(saleID: String, receiptNumber: Int64, copy: Bool)
        /// A report already written as text for the printer's columns (an X or Z report, say).
        case report(title: String, text: String)
        /// A kitchen ticket for its station (the printer role is the station's name).
        case kitchen(KitchenTicket)
    }

    public let id: Int64
    /// The printer it is for, by role: `receipt` for the lane's receipt printer, a station's name
    /// (`kitchen`, `bar`) for its kitchen tickets.
    public let printer: String
    public let content: Content
    /// How many times printing it has failed so far.
    public let attempts: Int
    /// When it was queued, as the tables write times.
    public let createdAt: String

    public init(id: Int64, printer: String, content: Content, attempts: Int, createdAt: String) {
        self.id = id
        self.printer = printer
        self.content = content
        self.attempts = attempts
        self.createdAt = createdAt
    }
}
