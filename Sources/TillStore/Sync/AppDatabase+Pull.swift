public import Foundation
import GRDB
import TillCore
public import TillWire

extension AppDatabase {
    /// Applies a page of the store's change feed and its new cursor in one transaction, so a crash
    /// or a bad change leaves the terminal where it was and the page is asked for again.
    ///
    /// The hub owns everything in the feed: its products take over a barcode or PLU a local product
    /// held. A customer this terminal edited and the hub has not acknowledged yet keeps the local
    /// edit: the hub answers that edit with the merged record later in the feed.
    public func applyPull(_ page: PullResponse, at date: Date) throws(StoreError) {
        try write { db in
            var writer: ProductWriter?
            // A check changed twice in one page is rebased on (or taken at) its latest revision only.
            let latestCheck = Dictionary(page.changes.enumerated().filter { $0.element.entity == .check }.map { ($0.element.key, $0.offset) },
                                         uniquingKeysWith: max)
            for (index, change) in page.changes.enumerated() where change.entity != .check || latestCheck[change.key] == index {
                do {
                    try apply(change, at: date, db, writer: &writer)
                } catch let error as DecodingError {
                    throw StoreError.conflict("Change \(change.id) from the hub (\(change.entity.rawValue) \(change.key)) cannot be read: "
                        + "\(error). Update this till to the hub's version.")
                }
            }
            try db.execute(sql: "UPDATE sync_state SET pull_cursor = ? WHERE id = 1", arguments: [page.cursor])
            if !page.more { try LedgerSettlement.settle(db) }
            try Counter.receive(page.hubHLC, db)
        }
    }

    private func apply(_ change: Change, at date: Date, _ db: Database, writer: inout ProductWriter?) throws {
        switch change.entity {
        case .category:
            let category = try WireJSON.decode(Category.self, from: change.data)
            try db.execute(sql: """
                INSERT INTO category (id, name, parent_id) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id
                """, arguments: [category.id, category.name, category.parentID])
        case .product:
            let product = try WireJSON.decode(Product.self, from: change.data)
            if writer == nil { writer = try ProductWriter(db) }
            let previous = try ProductRow.fetchOne(db, ProductRow.byID, product.id.rawValue)
            let categoryName = try product.categoryID.flatMap {
                try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM category WHERE id = ?"), arguments: [$0])
            }
            try writer?.save(product, keys: product.barcodeKeys, previous: previous, categoryName: categoryName, takingOver: true)
        case .customer:
            let customer = try WireJSON.decode(Customer.self, from: change.data)
            guard try !Bool.fetchOne(db.cachedStatement(sql: """
                SELECT EXISTS (SELECT 1 FROM outbox WHERE acknowledged_at IS NULL AND kind = 'customer'
                               AND json_extract(payload, '$.customer.id') = ?)
                """), arguments: [customer.id])! else { return }
            try Self.store(customer, at: Timestamp.text(date), db)
        case .stock:
            let level = try WireJSON.decode(StockLevel.self, from: change.data)
            try db.cachedStatement(sql: """
                INSERT INTO stock_level (product_id, location_id, quantity) VALUES (?, ?, ?)
                ON CONFLICT (product_id, location_id) DO UPDATE SET quantity = excluded.quantity
                """).execute(arguments: [change.key, level.location, level.quantity])
        case .loyalty:
            let balance = try WireJSON.decode(LoyaltyBalance.self, from: change.data)
            try db.cachedStatement(sql: """
                INSERT INTO loyalty_balance (customer_id, points, earned) VALUES (?, ?, ?)
                ON CONFLICT (customer_id) DO UPDATE SET points = excluded.points, earned = excluded.earned
                """).execute(arguments: [change.key, balance.points, balance.earned ?? balance.points])
        case .transfer:
            try Self.apply(try WireJSON.decode(TransferNotice.self, from: change.data), db)
        case .check:
            try Self.applyShared(try WireJSON.decode(CheckSave.self, from: change.data), at: date, db)
        case .voucher:
            try Self.storeHubVoucher(code: change.key, try WireJSON.decode(VoucherBalance.self, from: change.data), db)
        }
    }
}
