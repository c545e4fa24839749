import GRDB
public import TillWire

extension SQLiteHubStorage {
    public func voucher(store: String, code: String) async throws(HubError) -> VoucherBalance? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT balance, expires_on FROM voucher_balance WHERE store_id = ? AND code = ?",
                             arguments: [store, code]).map { VoucherBalance(balance: $0["balance"], expiresOn: $0["expires_on"]) }
        }
    }
}

extension SQLiteHubStorage {
    /// Vouchers below zero now, each with the redemption that last took it under.
    static func voucherExceptions(store: String, _ db: Database) throws -> [HubReport.VoucherException] {
        try Row.fetchAll(db, sql: """
            SELECT b.code, b.balance, e.event_id, e.at
            FROM voucher_balance b
            JOIN voucher_exception e ON e.store_id = b.store_id AND e.code = b.code
                AND e.at = (SELECT max(at) FROM voucher_exception x WHERE x.store_id = b.store_id AND x.code = b.code)
            WHERE b.store_id = ? AND b.balance < 0 ORDER BY e.at, b.code
            """, arguments: [store]).map {
            HubReport.VoucherException(code: $0["code"], balance: $0["balance"], eventID: $0["event_id"], at: $0["at"])
        }
    }
}
