import Foundation
import TillHub
import TillWire

/// The rows a push of sales leaves in the hub's database (each event's `event_log` row and the
/// `stock_level` upserts its effects imply) written straight through SQLite's C API: the baseline
/// the sync scenarios measure the hub against.
///
/// The database is made by `SQLiteHubStorage(path:)`, so the schema, indexes and pragmas are the
/// hub's own; the deltas are read from the payloads beforehand, as a C programmer would have them.
struct RawHubWriter {
    private let connection: RawConnection
    private let event, stock: RawStatement

    /// An event as the baseline writes it: the wire event, the terminal that sent it, its stock deltas.
    struct Row {
        let terminal: String
        let event: WireEvent
        let stock: [StockDelta]

        init(terminal: String, event: WireEvent) throws {
            self.terminal = terminal
            self.event = event
            stock = try EventEffects.decode(fromPayload: event.payload).stock
        }
    }

    /// Creates a fresh hub database at `path` and opens it raw.
    init(path: String) throws {
        _ = try SQLiteHubStorage(path: path)
        connection = try RawConnection(path: path)
        event = try connection.prepare("""
            INSERT INTO event_log (store_id, terminal_id, epoch, seq, event_id, kind, created_at, hlc, payload, received_at, status, reason)
            VALUES ('\(BenchHub.store)', ?, 1, ?, ?, ?, ?, ?, ?, ?, 'applied', NULL)
            """)
        stock = try connection.prepare("""
            INSERT INTO stock_level (store_id, product_id, location_id, quantity) VALUES ('\(BenchHub.store)', ?, ?, ?)
            ON CONFLICT (store_id, product_id, location_id) DO UPDATE SET quantity = quantity + excluded.quantity
            """)
    }

    /// Writes `rows` in one transaction.
    func write(_ rows: ArraySlice<Row>, receivedAt: String) throws {
        try connection.exec("BEGIN IMMEDIATE")
        for row in rows {
            let wire = row.event
            try event.run(.text(row.terminal), .int(wire.seq), .text(wire.id), .text(wire.kind), .text(wire.createdAt), .int(wire.hlc),
                          .text(wire.payload), .text(receivedAt))
            for delta in row.stock {
                try stock.run(.text(delta.product), .text(delta.location), .int(delta.quantity))
            }
        }
        try connection.exec("COMMIT")
    }
}
