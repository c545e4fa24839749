public import Foundation
public import TillWire

/// Where the hub keeps stores, terminals, events, ledgers and the change feed.
///
/// Routes and `till-hub` commands talk only to this protocol, so a PostgreSQL backend can slot in
/// beside `SQLiteHubStorage` without touching them. Each method is one transaction; time is a
/// parameter so tests move it without sleeping. The rules that do not depend on the database
/// (`PushPlan`, `EventPayload`, `CustomerRecord`, `PendingChanges`, `StoreProfile`, `Secret`) live
/// outside the backends so every backend applies them the same way.
public protocol HubStorage: Sendable {
    /// Makes a one-time code that pairs `terminal` with `store` until `expiresAt`, replacing any
    /// earlier code for that terminal; only its hash is kept.
    func issuePairingCode(store: String, terminal: String, expiresAt: Date) async throws(HubError) -> IssuedPairingCode

    /// Spends a pairing code: creates the store at its first terminal, checks a later terminal prices
    /// like the store, and starts a new epoch for the terminal with a fresh token.
    func pair(_ request: PairRequest, now: Date) async throws(HubError) -> PairResponse

    /// Refuses every token of the terminal from now on.
    func revoke(store: String, terminal: String, now: Date) async throws(HubError)

    /// The terminal a bearer token belongs to; `unauthorized` for an unknown token, `revoked` for a
    /// retired one.
    func authenticate(token: String) async throws(HubError) -> TerminalIdentity

    /// Applies a terminal's events after its cursor, in one transaction (sync.md 2.4).
    func push(_ events: [WireEvent], from terminal: TerminalIdentity, now: Date) async throws(HubError) -> PushOutcome

    /// The store's changes after `cursor`, at most `limit` of them (sync.md 2.5).
    func pull(store: String, after cursor: Int64, limit: Int) async throws(HubError) -> FeedPage

    /// Stores categories then products, and appends a change for each record new or different.
    func publishCatalog(store: String, categories: [CatalogRecord], products: [CatalogRecord]) async throws(HubError)
        -> CatalogPublication

    /// The store's pricing and current catalog, for an import to build on.
    func catalog(store: String) async throws(HubError) -> StoreCatalog

    /// What a manager must look at for the store.
    func report(store: String) async throws(HubError) -> HubReport

    /// A voucher's balance as the store's ledger sums it; nil when the store never issued it.
    func voucher(store: String, code: String) async throws(HubError) -> VoucherBalance?
}
