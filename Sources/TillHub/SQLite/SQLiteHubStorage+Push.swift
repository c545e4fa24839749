public import Foundation
public import TillWire

extension SQLiteHubStorage {
    public func push(_ events: [WireEvent], from terminal: TerminalIdentity, now: Date) async throws(HubError) -> PushOutcome {
        try await write { db in
            var push = SQLitePush(db: db, terminal: terminal, now: now)
            return try push.run(events)
        }
    }
}
