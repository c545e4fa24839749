import Foundation
import TillCore
import TillStore

/// A scan at a million products: resolve the EAN-13, add the line, persist the open cart, as the
/// till does on every beep.
///
/// Baseline: the same indexed barcode lookup and an upsert of a cart document of the same size into
/// open_cart, one transaction, through SQLite's C API on the same database file. Carts hold 20
/// lines, then start again; one basket of scans warms up each side first.
struct ScanToLineScenario: Scenario {
    let name = "scan-to-line-1m"
    let unit = "µs"
    let target = Target.p99Below(1_000, "p99 < 1 ms")
    let catalog: SharedCatalog

    func reportName(quick: Bool) -> String { CatalogSize(quick: quick).reportName(name) }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let fixture = try catalog.fixture(quick: quick)
        let codes = try fixture.catalog.scanCodes(runs + Self.basket)
        let database = fixture.database
        let resolver = ItemResolver(reader: try BarcodeReader(), currency: CatalogFixture.currency)
        let opened = LocalTime(weekday: 2, hour: 10, minute: 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var cart = Cart(currency: CatalogFixture.currency, openedAt: opened)
        var documents: [String] = []
        var samples: [UInt64] = []
        for (index, code) in codes.enumerated() {
            if index % Self.basket == 0 { cart = Cart(currency: CatalogFixture.currency, openedAt: opened) }
            let elapsed = try time {
                try cart.add(resolver.resolve(code, in: database), at: opened)
                try database.saveOpenCart(cart, terminalID: "T1", at: "2026-11-24T10:00:00.000Z")
            }
            if index >= Self.basket { samples.append(elapsed / 1_000) }
            if documents.count < Self.basket { documents.append(String(decoding: try encoder.encode(cart), as: UTF8.self)) }
        }
        let raw = try RawScan(path: fixture.databasePath)
        var baseline: [UInt64] = []
        for (index, code) in codes.enumerated() {
            let key = "0" + code
            let elapsed = try time { try raw.scan(key, document: documents[index % Self.basket]) }
            if index >= Self.basket { baseline.append(elapsed / 1_000) }
        }
        return (samples, baseline)
    }

    /// Lines per cart before the next customer.
    private static let basket = 20
}

/// The scan's work straight through SQLite's C API: the lookup by barcode key, the cart upsert.
private struct RawScan {
    private let connection: RawConnection
    private let lookup: RawStatement
    private let upsert: RawStatement
    private let begin: RawStatement
    private let commit: RawStatement

    init(path: String) throws {
        connection = try RawConnection(path: path)
        lookup = try connection.prepare("""
            SELECT product.id, product.sku, product.name, product.brand, product.category_id, product.price,
                   product.priced_per, product.unit, product.plu, product.details,
                   (SELECT group_concat(tax_code, char(31)) FROM
                       (SELECT tax_code FROM product_tax WHERE product_id = product.id ORDER BY position))
            FROM barcode JOIN product ON product.id = barcode.product_id WHERE barcode.key = ?
            """)
        upsert = try connection.prepare("""
            INSERT INTO open_cart (terminal_id, cart, updated_at) VALUES ('RAW', ?, '2026-11-24T10:00:00.000Z')
            ON CONFLICT (terminal_id) DO UPDATE SET cart = excluded.cart, updated_at = excluded.updated_at
            """)
        begin = try connection.prepare("BEGIN IMMEDIATE")
        commit = try connection.prepare("COMMIT")
    }

    /// Looks up `key`, reading the product's columns, and stores `document` as the open cart.
    func scan(_ key: String, document: String) throws {
        try begin.run()
        lookup.bind(1, key)
        var found = false
        try lookup.rows { row in
            let product = (id: row.text(0), sku: row.text(1), name: row.text(2), brand: row.text(3), category: row.text(4),
                           price: row.int(5), pricedPer: row.int(6), unit: row.text(7), plu: row.text(8),
                           details: row.text(9), taxes: row.text(10))
            found = product.id != nil
        }
        guard found else { throw RawSQLiteError(message: "barcode \(key) not found") }
        upsert.bind(1, document)
        try upsert.run()
        try commit.run()
    }
}
