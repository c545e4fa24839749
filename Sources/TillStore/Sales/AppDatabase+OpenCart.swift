import GRDB
public import TillCore

extension AppDatabase {
    /// Saves the cart in progress, after every change, so a crash resumes it exactly.
    ///
    /// A cart with tenders taken is synced to disk like a sale (money has changed hands). A cart
    /// without is written with `synchronous=NORMAL`: it survives the process being killed, and
    /// reaches the disk with the next synced write, but a power cut may take back its last few
    /// keystrokes. That keeps each scan to one WAL append instead of an fsync, which on this kind of
    /// disk takes milliseconds. An empty cart with no tenders clears the slot.
    public func saveOpenCart(_ cart: Cart, terminalID: String, at time: String) throws(StoreError) {
        let document = cart.jsonDocument()
        let save = { (db: Database) throws in
            if cart.lines.isEmpty && cart.tenders.isEmpty {
                try db.cachedStatement(sql: "DELETE FROM open_cart WHERE terminal_id = ?").execute(arguments: [terminalID])
            } else {
                try db.cachedStatement(sql: """
                    INSERT INTO open_cart (terminal_id, cart, updated_at) VALUES (?, ?, ?)
                    ON CONFLICT (terminal_id) DO UPDATE SET cart = excluded.cart, updated_at = excluded.updated_at
                    """).execute(arguments: [terminalID, document, time])
            }
        }
        guard cart.tenders.isEmpty else { return try write(save) }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                do {
                    try db.inTransaction(.immediate) {
                        try save(db)
                        return .commit
                    }
                } catch {
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                    throw error
                }
                // Back to FULL before anything else can use the writer: the next sale must be synced.
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// The cart this terminal was working on when it stopped, if any.
    public func openCart(terminalID: String) throws(StoreError) -> Cart? {
        let text = try read { db in
            try String.fetchOne(db, sql: "SELECT cart FROM open_cart WHERE terminal_id = ?", arguments: [terminalID])
        }
        guard let text else { return nil }
        do {
            return try StoredDocument.decode(Cart.self, from: text)
        } catch {
            throw .invalidData(path: path, reason: "the open cart of \(terminalID) cannot be read back: \(error)")
        }
    }

    /// Parks a sale and clears the terminal's open cart, in one transaction.
    public func suspend(_ sale: SuspendedSale, staffID: String, terminalID: String, at time: String) throws(StoreError) {
        let document = sale.cart.jsonDocument()
        try write { db in
            try db.execute(sql: "INSERT INTO suspended_sale (id, label, cart, staff_id, suspended_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [sale.id, sale.label, document, staffID, time])
            try db.execute(sql: "DELETE FROM open_cart WHERE terminal_id = ?", arguments: [terminalID])
        }
    }

    /// Parked sales, oldest first.
    public func suspendedSales() throws(StoreError) -> [SuspendedSale] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: "SELECT id, label, cart FROM suspended_sale ORDER BY suspended_at, id")
                .map { (id: $0["id"] as String, label: $0["label"] as String, cart: $0["cart"] as String) }
        }
        var sales: [SuspendedSale] = []
        for row in rows {
            do {
                sales.append(SuspendedSale(id: row.id, label: row.label, cart: try StoredDocument.decode(Cart.self, from: row.cart)))
            } catch {
                throw .invalidData(path: path, reason: "parked sale \(row.id) cannot be read back: \(error)")
            }
        }
        return sales
    }

    /// Takes a parked sale back: it leaves the parked list and becomes the terminal's open cart, atomically,
    /// so two lanes recalling the same sale cannot both get it.
    public func recall(_ id: String, terminalID: String, at time: String) throws(StoreError) -> Cart? {
        let text = try write { db -> String? in
            guard let text = try String.fetchOne(db, sql: "DELETE FROM suspended_sale WHERE id = ? RETURNING cart", arguments: [id]) else {
                return nil
            }
            try db.execute(sql: """
                INSERT INTO open_cart (terminal_id, cart, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (terminal_id) DO UPDATE SET cart = excluded.cart, updated_at = excluded.updated_at
                """, arguments: [terminalID, text, time])
            return text
        }
        guard let text else { return nil }
        do {
            return try StoredDocument.decode(Cart.self, from: text)
        } catch {
            throw .invalidData(path: path, reason: "parked sale \(id) cannot be read back: \(error)")
        }
    }
}
