public import Foundation
public import TillCore
public import TillStore

/// Where a sale session keeps what it does, so every change survives a crash and every sale is committed once.
public protocol SaleRecorder {
    /// Called after every change to the cart (persisted before the next key is read).
    func cartChanged(_ cart: Cart) throws(StoreError)
    /// Called when the sale is paid; the cart is cleared only once this succeeds.
    func commit(_ order: Order) throws(StoreError) -> CommittedSale
}

/// Records into the terminal's database, stamping the wall clock and a fresh event id.
public struct StoreRecorder: SaleRecorder {
    public let database: AppDatabase
    public let terminalID: String
    public let now: @Sendable () -> Date

    public init(database: AppDatabase, terminalID: String, now: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.terminalID = terminalID
        self.now = now
    }

    public func cartChanged(_ cart: Cart) throws(StoreError) {
        try database.saveOpenCart(cart, terminalID: terminalID, at: Self.timestamp(now()))
    }

    public func commit(_ order: Order) throws(StoreError) -> CommittedSale {
        let date = now()
        return try database.commit(order, context: SaleContext(
            terminalID: terminalID, completedAt: Self.timestamp(date), businessDay: Self.businessDay(date),
            eventID: UUID().uuidString.lowercased()))
    }

    /// ISO 8601 in UTC with milliseconds: sorts as text, reads anywhere.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }

    /// The local calendar day a sale counts for in reports.
    static func businessDay(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
