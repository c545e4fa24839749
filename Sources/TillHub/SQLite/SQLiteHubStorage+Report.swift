import GRDB

extension SQLiteHubStorage {
    public func report(store: String) async throws(HubError) -> HubReport {
        try await read { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM store WHERE store_id = ?)", arguments: [store]) == true else {
                throw HubError.notFound(Self.unknownStore(store))
            }
            let rejected = try Row.fetchAll(db, sql: """
                SELECT terminal_id, epoch, seq, event_id, kind, reason, received_at FROM event_log
                WHERE store_id = ? AND status = 'rejected' ORDER BY received_at, terminal_id, epoch, seq
                """, arguments: [store]).map {
                HubReport.RejectedEvent(terminalID: $0["terminal_id"], epoch: $0["epoch"], seq: $0["seq"], eventID: $0["event_id"],
                                        kind: $0["kind"], reason: $0["reason"] ?? "", receivedAt: $0["received_at"])
            }
            // Levels below zero now, each with the event that last took it under.
            let exceptions = try Row.fetchAll(db, sql: """
                SELECT l.product_id, l.location_id, l.quantity, e.event_id, e.at
                FROM stock_level l
                JOIN stock_exception e ON e.store_id = l.store_id AND e.product_id = l.product_id AND e.location_id = l.location_id
                    AND e.at = (SELECT max(at) FROM stock_exception x WHERE x.store_id = l.store_id AND x.product_id = l.product_id
                                AND x.location_id = l.location_id)
                WHERE l.store_id = ? AND l.quantity < 0 ORDER BY e.at, l.product_id, l.location_id
                """, arguments: [store]).map {
                HubReport.StockException(productID: $0["product_id"], locationID: $0["location_id"], quantity: $0["quantity"],
                                         eventID: $0["event_id"], at: $0["at"])
            }
            let clocks = try Row.fetchAll(db, sql: """
                SELECT terminal_id, epoch, clock_skew_ms FROM terminal
                WHERE store_id = ? AND revoked_at IS NULL AND clock_skew_ms > ? ORDER BY terminal_id
                """, arguments: [store, ClockDrift.maximumMillis]).map {
                HubReport.TerminalClock(terminalID: $0["terminal_id"], epoch: $0["epoch"], aheadMillis: $0["clock_skew_ms"])
            }
            return HubReport(rejectedEvents: rejected, stockExceptions: exceptions, clocksAhead: clocks,
                             voucherExceptions: try Self.voucherExceptions(store: store, db))
        }
    }
}
