import Foundation
public import TillStore
public import TillWire

/// Asks this terminal's hub for a voucher's balance, quickly enough for a cashier to wait: what
/// the till takes at the counter is decided online whenever the hub answers in time.
public struct VoucherLookup: Sendable {
    public let database: AppDatabase
    /// Makes the transport to the hub at a URL with a deadline.
    public let transport: @Sendable (String, Duration) -> any HubTransport
    /// How long the cashier waits before the till decides offline.
    public let deadline: Duration

    public init(database: AppDatabase, deadline: Duration = .seconds(2),
                transport: @escaping @Sendable (String, Duration) -> any HubTransport = { HTTPHubTransport(baseURL: $0, timeout: $1) }) {
        self.database = database
        self.deadline = deadline
        self.transport = transport
    }

    /// Whether there is a hub to ask.
    public var isPaired: Bool {
        (try? database.syncState()) != nil
    }

    /// The hub's answer for `code`: its balance, or nil when the hub has no such voucher. Throws
    /// `notPaired` on a terminal without a hub and the transport's error when the hub did not answer.
    public func balance(of code: String) async throws(SyncError) -> VoucherBalance? {
        let state: SyncState?
        do {
            state = try database.syncState()
        } catch {
            throw .store(error)
        }
        guard let state else { throw .notPaired }
        return try await HubClient(transport: transport(state.hubURL, deadline), token: state.token).voucher(code: code)
    }
}
