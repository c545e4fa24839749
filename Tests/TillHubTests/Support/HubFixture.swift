import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
@testable import TillHub
import TillWire

/// A hub on a fresh SQLite file in its own temporary folder, with a clock the test moves: the real
/// storage and router, in-process, no mocks.
final class HubFixture: Sendable {
    let folder: URL
    let storage: SQLiteHubStorage
    let clock: TestClock
    let config: HubConfiguration

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appending(path: "till-hub-tests-\(UUID().uuidString)", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        storage = try SQLiteHubStorage(path: folder.appending(path: "hub.sqlite").path(percentEncoded: false))
        let clock = TestClock()
        self.clock = clock
        config = HubConfiguration(port: 0, storage: storage, now: { clock.now })
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `body` against the hub's router.
    func withClient<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await buildApplication(config).test(.router, body)
    }

    /// Issues a code and pairs the terminal with it; the terminal's token.
    func pair(_ client: any TestClientProtocol, store: String = "s1", terminal: String,
              currency: String = "CHF", taxClasses: [WireTaxClass] = Wire.taxClasses) async throws -> String {
        let code = try await config.issuePairingCode(store: store, terminal: terminal)
        let response = try await client.send(.post, "/v1/pair",
                                             json: PairRequest(code: code.code, terminalID: terminal, currency: currency, taxClasses: taxClasses))
        return try response.decode(PairResponse.self).token
    }

    /// One number from the hub's database.
    func count(_ sql: String, _ arguments: StatementArguments = []) async throws -> Int {
        try await storage.pool.read { try Int.fetchOne($0, sql: sql, arguments: arguments) ?? 0 }
    }

    /// The store's change feed, as terminals would pull it.
    func feed(store: String = "s1") async throws -> [Change] {
        try await storage.pull(store: store, after: 0, limit: PullResponse.maximumLimit).changes
    }
}
