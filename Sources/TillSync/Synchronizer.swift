public import Foundation
public import TillStore
public import TillWire

/// One round of sync between this terminal's store and its hub: push every unsent outbox event in
/// batches, then pull the store's change feed to its end.
///
/// Each step commits before the next starts: a batch is marked sent only once the hub has answered
/// (and the hub answers only after its commit), and each pulled page is applied with its cursor in
/// one transaction. A round cut off anywhere is simply started again.
public struct Synchronizer: Sendable {
    public let database: AppDatabase
    /// Makes the transport to the hub at a URL.
    public let transport: @Sendable (String) -> any HubTransport
    public let now: @Sendable () -> Date
    /// Events per push and changes per pull.
    public var pushBatch = 200
    public var pullPage = 500

    public init(database: AppDatabase, transport: @escaping @Sendable (String) -> any HubTransport = { HTTPHubTransport(baseURL: $0) },
                now: @escaping @Sendable () -> Date = Date.init) {
        self.database = database
        self.transport = transport
        self.now = now
    }

    /// Exchanges a pairing code for this terminal's credentials and keeps them in the store.
    public func pair(hubURL: String, code: String, terminalID: String, currency: String,
                     taxClasses: [WireTaxClass]) async throws(SyncError) -> PairResponse {
        let client = HubClient(transport: transport(hubURL), token: nil)
        let response = try await client.pair(PairRequest(code: code, terminalID: terminalID, currency: currency, taxClasses: taxClasses))
        try store { () throws(StoreError) in
            try database.savePairing(hubURL: hubURL, storeID: response.storeID, token: response.token, at: now())
        }
        return response
    }

    /// Pushes until the outbox is empty, then pulls until the feed is; records the outcome.
    public func syncOnce() async throws(SyncError) -> SyncReport {
        guard let state = try store({ () throws(StoreError) in try database.syncState() }) else { throw .notPaired }
        let client = HubClient(transport: transport(state.hubURL), token: state.token)
        do {
            let report = try await exchange(with: client)
            try store { () throws(StoreError) in try database.recordSyncAttempt(at: now(), failure: nil) }
            return report
        } catch {
            try? database.recordSyncAttempt(at: now(), failure: error.description)
            throw error
        }
    }

    private func exchange(with client: HubClient) async throws(SyncError) -> SyncReport {
        var report = SyncReport()
        var stalled = 0
        while true {
            let events = try store { () throws(StoreError) in try database.eventsToPush(limit: pushBatch) }
            guard let first = events.first else { break }
            let response = try await client.push(PushRequest(events: events))
            try store { () throws(StoreError) in try database.acknowledge(response, at: now()) }
            let before = first.seq - 1
            let after = response.expectedSeq.map { min($0 - 1, response.ackedThrough) } ?? response.ackedThrough
            report.pushed += Int(max(0, after - before))
            report.rejected += response.rejected.count
            // A hub that moves the cursor nowhere, time after time, would keep this loop going for ever.
            stalled = after == before ? stalled + 1 : 0
            guard stalled < 3 else {
                throw .refused(status: 409, message: "the hub takes no event after \(before) and asks for none before it")
            }
        }
        while true {
            let cursor = try store { () throws(StoreError) in try database.syncState()?.pullCursor ?? 0 }
            let page = try await client.pull(after: cursor, limit: pullPage)
            try store { () throws(StoreError) in try database.applyPull(page, at: now()) }
            report.pulled += page.changes.count
            guard page.more, !page.changes.isEmpty else { break }
        }
        return report
    }

    /// Runs a store call, turning its error into a sync error.
    private func store<T>(_ body: () throws(StoreError) -> T) throws(SyncError) -> T {
        do {
            return try body()
        } catch {
            throw .store(error)
        }
    }
}

/// What one round moved.
public struct SyncReport: Hashable, Sendable {
    /// Events the hub took (applied, or already had).
    public var pushed = 0
    /// Events the hub refused for good.
    public var rejected = 0
    /// Changes applied from the feed.
    public var pulled = 0

    public init() {}
}
