import GRDB
public import TillCore
import TillWire

extension AppDatabase {
    /// Sends goods from a location of this store to another location, here or (through the hub) in
    /// another store; they leave `from` now and stay in transit until received.
    ///
    /// Lines of the same product are added together. The transfer is numbered after this terminal
    /// ("T1-4"), so people can name it at the receiving end.
    public func sendTransfer(_ lines: [TransferLine], from: String, to: String, toStore: String? = nil, note: String? = nil,
                             context: StockContext) throws(StoreError) -> StockTransfer {
        let merged = Self.merge(lines)
        guard !merged.isEmpty else { throw .conflict("The transfer has no lines: scan or list at least one product.") }
        return try write { db in
            try Self.checkNew(context.documentID, in: "stock_transfer", what: "Transfer", db)
            try Self.checkLocation(from, db)
            let ownStore = try String.fetchOne(db, sql: "SELECT store_id FROM sync_state WHERE id = 1")
            let toStore = toStore == ownStore ? nil : toStore
            if toStore == nil {
                try Self.checkLocation(to, db)
                if from == to { throw StoreError.refused(.sameLocation(to)) }
            } else if ownStore == nil {
                throw StoreError.conflict("A transfer to store \(toStore ?? "") goes through the hub: pair this terminal first (till sync pair).")
            }
            let number = "\(context.terminalID)-\(try Counter.transfer.next(db))"
            try db.execute(sql: """
                INSERT INTO stock_transfer (id, number, from_location, to_store, to_location, status, note, sent_at, sent_by, sent_event_id)
                VALUES (?, ?, ?, ?, ?, 'in-transit', ?, ?, ?, ?)
                """, arguments: [context.documentID, number, from, toStore, to, note, context.time, context.staffID, context.eventID])
            for (position, line) in merged.enumerated() {
                try Self.insert(line, position: position, transfer: context.documentID, db)
                try StockMovement.insert(eventID: "\(context.documentID)/out/\(position)", productID: line.productID.rawValue, locationID: from,
                                         thousandths: -line.sent.thousandths, reason: .transferOut, documentID: context.documentID,
                                         at: context.time, db)
            }
            let transfer = try Self.transfer(context.documentID, db)
            let stock = merged.map { StockDelta(product: $0.productID.rawValue, location: from, quantity: -$0.sent.thousandths) }
            try StockEvent.append(.transferSent, "transfer", transfer.notice, stock: stock, context: context, db)
            return transfer
        }
    }

    /// Receives a transfer sent here: each line as sent unless `counted` says otherwise, so only a
    /// difference needs typing; what went missing stays on the transfer as its discrepancy.
    public func receiveTransfer(_ number: String, counted: [ProductID: Quantity] = [:], context: StockContext) throws(StoreError)
        -> StockTransfer {
        try write { db in
            let sent = try Self.transfer(named: number, db)
            guard sent.status == .inTransit else {
                throw StoreError.conflict("Transfer \(sent.number) was received already at \(sent.receivedAt ?? ""); nothing was booked twice.")
            }
            let ownStore = try String.fetchOne(db, sql: "SELECT store_id FROM sync_state WHERE id = 1")
            if let toStore = sent.toStore, toStore != ownStore {
                throw StoreError.conflict("Transfer \(sent.number) goes to store \(toStore); it is received there.")
            }
            try Self.checkLocation(sent.toLocation, db)
            let labels = Dictionary(sent.lines.map { ($0.productID, $0.label) }, uniquingKeysWith: { first, _ in first })
            let lines: [TransferLine]
            do throws(InventoryError) {
                lines = try TransferLine.receive(sent.lines, counted: counted, transfer: sent.number, labels: labels)
            } catch {
                throw StoreError.refused(error)
            }
            for (position, line) in lines.enumerated() {
                let received = line.received?.thousandths ?? 0
                try db.execute(sql: "UPDATE stock_transfer_line SET received = ? WHERE transfer_id = ? AND product_id = ?",
                               arguments: [received, sent.id, line.productID.rawValue])
                guard received != 0 else { continue }
                try StockMovement.insert(eventID: "\(sent.id)/in/\(position)", productID: line.productID.rawValue, locationID: sent.toLocation,
                                         thousandths: received, reason: .transferIn, documentID: sent.id, at: context.time, db)
            }
            try db.execute(sql: """
                UPDATE stock_transfer SET status = 'received', received_at = ?, received_by = ?, received_event_id = ? WHERE id = ?
                """, arguments: [context.time, context.staffID, context.eventID, sent.id])
            let transfer = try Self.transfer(sent.id, db)
            let stock = lines.compactMap { line in
                line.received.flatMap { $0.thousandths == 0 ? nil
                    : StockDelta(product: line.productID.rawValue, location: sent.toLocation, quantity: $0.thousandths) }
            }
            try StockEvent.append(.transferReceived, "transfer", transfer.notice, stock: stock, context: context, db)
            return transfer
        }
    }

    /// Transfers this terminal knows, newest first; with `inTransit`, only those not yet received.
    public func transfers(inTransit: Bool = false) throws(StoreError) -> [StockTransfer] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT id FROM stock_transfer \(inTransit ? "WHERE status = 'in-transit'" : "") ORDER BY sent_at DESC, number DESC
                """).map { try Self.transfer($0, db) }
        }
    }

    /// One transfer by its number ("T1-4") or id.
    public func transfer(named number: String) throws(StoreError) -> StockTransfer {
        try read { db in try Self.transfer(named: number, db) }
    }

    static func transfer(named number: String, _ db: Database) throws -> StockTransfer {
        guard let id = try String.fetchOne(db, sql: "SELECT id FROM stock_transfer WHERE number = ? OR id = ?", arguments: [number, number])
        else {
            throw StoreError.conflict("There is no transfer \(number) on this terminal; till stock transfer list shows those it knows.")
        }
        return try transfer(id, db)
    }

    static func transfer(_ id: String, _ db: Database) throws -> StockTransfer {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM stock_transfer WHERE id = ?", arguments: [id]) else {
            throw StoreError.conflict("There is no transfer \(id) on this terminal.")
        }
        let lines = try Row.fetchAll(db, sql: """
            SELECT product_id, label, sent, received FROM stock_transfer_line WHERE transfer_id = ? ORDER BY position
            """, arguments: [id]).map {
            TransferLine(productID: ProductID($0["product_id"] as String), label: $0["label"], sent: Quantity(thousandths: $0["sent"]),
                         received: ($0["received"] as Int64?).map(Quantity.init(thousandths:)))
        }
        return StockTransfer(id: id, number: row["number"], fromStore: row["from_store"], fromLocation: row["from_location"],
                             toStore: row["to_store"], toLocation: row["to_location"],
                             status: StockTransfer.Status(rawValue: row["status"]) ?? .inTransit, sentAt: row["sent_at"],
                             receivedAt: row["received_at"], note: row["note"], lines: lines)
    }

    private static func insert(_ line: TransferLine, position: Int, transfer: String, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO stock_transfer_line (transfer_id, position, product_id, label, sent, received) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [transfer, position, line.productID.rawValue, line.label, line.sent.thousandths, line.received?.thousandths])
    }

    /// One line per product, in the order first listed, with the quantities added up.
    private static func merge(_ lines: [TransferLine]) -> [TransferLine] {
        var order: [ProductID] = []
        var merged: [ProductID: TransferLine] = [:]
        for line in lines {
            if let earlier = merged[line.productID] {
                merged[line.productID] = TransferLine(productID: line.productID, label: earlier.label,
                                                      sent: Quantity(thousandths: earlier.sent.thousandths + line.sent.thousandths))
            } else {
                order.append(line.productID)
                merged[line.productID] = line
            }
        }
        return order.compactMap { merged[$0] }
    }
}

extension StockTransfer {
    /// The transfer as its events and the hub's feed carry it.
    var notice: TransferNotice {
        TransferNotice(id: id, number: number, fromStore: fromStore, fromLocation: fromLocation, toStore: toStore, toLocation: toLocation,
                       sentAt: sentAt, receivedAt: receivedAt, lines: lines.map {
            TransferNotice.Line(product: $0.productID.rawValue, label: $0.label, sent: $0.sent.thousandths, received: $0.received?.thousandths)
        })
    }
}
