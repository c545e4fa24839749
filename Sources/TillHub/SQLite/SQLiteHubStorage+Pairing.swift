public import Foundation
import GRDB
public import TillWire

extension SQLiteHubStorage {
    public func issuePairingCode(store: String, terminal: String, expiresAt: Date) async throws(HubError) -> IssuedPairingCode {
        for (name, value) in [("store", store), ("terminal", terminal)] where value.isEmpty || value.contains(where: \.isWhitespace) {
            throw .malformed("the \(name) id \"\(value)\" is empty or has spaces")
        }
        let code = Secret.pairingCode()
        let codeHash = Secret.hash(code)
        try await write { db in
            try db.execute(sql: """
                INSERT INTO pairing_code (store_id, terminal_id, code_hash, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (store_id, terminal_id) DO UPDATE
                SET code_hash = excluded.code_hash, expires_at = excluded.expires_at, used_at = NULL
                """, arguments: [store, terminal, codeHash, expiresAt.timestampText])
        }
        return IssuedPairingCode(code: code, expiresAt: expiresAt)
    }

    public func pair(_ request: PairRequest, now: Date) async throws(HubError) -> PairResponse {
        try request.check()
        let token = Secret.token()
        let codeHash = Secret.hash(Secret.normalizedPairingCode(request.code))
        let nowText = now.timestampText
        return try await write { db in
            let code = try Self.usableCode(db, hash: codeHash, request: request, now: nowText)
            try Self.join(db, store: code.store, request: request, now: nowText)
            let epoch = try Int64.fetchOne(db, sql: """
                SELECT COALESCE(MAX(epoch), 0) + 1 FROM terminal WHERE store_id = ? AND terminal_id = ?
                """, arguments: [code.store, code.terminal]) ?? 1
            // A new pairing retires the terminal's earlier installations: one id, one live token.
            try db.execute(sql: """
                UPDATE terminal SET revoked_at = ? WHERE store_id = ? AND terminal_id = ? AND revoked_at IS NULL
                """, arguments: [nowText, code.store, code.terminal])
            try db.execute(sql: """
                INSERT INTO terminal (store_id, terminal_id, epoch, token_hash, paired_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [code.store, code.terminal, epoch, Secret.hash(token), nowText])
            try db.execute(sql: "UPDATE pairing_code SET used_at = ? WHERE code_hash = ?", arguments: [nowText, codeHash])
            return PairResponse(storeID: code.store, terminalID: code.terminal, token: token)
        }
    }

    public func revoke(store: String, terminal: String, now: Date) async throws(HubError) {
        try await write { db in
            let epochs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM terminal WHERE store_id = ? AND terminal_id = ?",
                                          arguments: [store, terminal]) ?? 0
            guard epochs > 0 else {
                throw HubError.notFound("store \(store) has no paired terminal \(terminal)")
            }
            try db.execute(sql: """
                UPDATE terminal SET revoked_at = ? WHERE store_id = ? AND terminal_id = ? AND revoked_at IS NULL
                """, arguments: [now.timestampText, store, terminal])
        }
    }

    public func authenticate(token: String) async throws(HubError) -> TerminalIdentity {
        let tokenHash = Secret.hash(token)
        return try await read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT store_id, terminal_id, epoch, revoked_at FROM terminal WHERE token_hash = ?
                """, arguments: [tokenHash])
            else {
                throw HubError.unauthorized("this token is not known to the hub: pair the terminal with a code from till-hub pair")
            }
            let identity = TerminalIdentity(storeID: row["store_id"], terminalID: row["terminal_id"], epoch: row["epoch"])
            guard row["revoked_at"] as String? == nil else {
                throw HubError.revoked(store: identity.storeID, terminal: identity.terminalID)
            }
            return identity
        }
    }

    /// The code a pairing request names, if it can still be spent by this terminal.
    private static func usableCode(_ db: Database, hash: String, request: PairRequest, now: String) throws
        -> (store: String, terminal: String)
    {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT store_id, terminal_id, expires_at, used_at FROM pairing_code WHERE code_hash = ?
            """, arguments: [hash])
        else {
            throw HubError.notFound("pairing code \(request.code) is not known to this hub: check it, "
                + "or make a new one with till-hub pair")
        }
        let store: String = row["store_id"]
        let terminal: String = row["terminal_id"]
        let again = "make a new one with till-hub pair --store \(store) --terminal \(terminal)"
        if let usedAt = row["used_at"] as String? {
            throw HubError.gone("pairing code \(request.code) was already used at \(usedAt): \(again)")
        }
        let expiresAt: String = row["expires_at"]
        guard now < expiresAt else {
            throw HubError.gone("pairing code \(request.code) expired at \(expiresAt): \(again)")
        }
        guard terminal == request.terminalID else {
            throw HubError.conflict("pairing code \(request.code) was made for terminal \(terminal), not \(request.terminalID): "
                + "check terminal-id in till.toml, or make a code for \(request.terminalID)")
        }
        return (store, terminal)
    }

    /// Creates the store with the terminal's pricing, or checks the terminal prices like the store.
    private static func join(_ db: Database, store: String, request: PairRequest, now: String) throws {
        let terminal = request.profile
        guard let row = try Row.fetchOne(db, sql: "SELECT currency, tax_classes FROM store WHERE store_id = ?", arguments: [store]) else {
            try db.execute(sql: "INSERT INTO store (store_id, currency, tax_classes, created_at) VALUES (?, ?, ?, ?)",
                           arguments: [store, terminal.currency, try WireJSON.encode(terminal.taxClasses), now])
            return
        }
        let existing = StoreProfile(currency: row["currency"], taxClasses: try WireJSON.decode([WireTaxClass].self, from: row["tax_classes"]))
        let differences = existing.differences(from: terminal)
        guard differences.isEmpty else {
            throw HubError.conflict("terminal \(request.terminalID) does not price like store \(store): "
                + differences.joined(separator: "; ") + ". Correct its till.toml, or pair it with another store")
        }
    }
}
