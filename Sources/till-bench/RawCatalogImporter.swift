/// The catalog import's rows written straight through SQLite's C API: the baseline `importCatalog` is measured against.
struct RawCatalogImporter {
    private let connection: RawConnection
    private let category: RawStatement
    private let product: RawStatement
    private let tax: RawStatement
    private let barcode: RawStatement
    private let search: RawStatement

    init(path: String) throws {
        connection = try RawConnection(path: path)
        category = try connection.prepare("INSERT INTO category (id, name) VALUES (?, ?)")
        product = try connection.prepare("""
            INSERT INTO product (sku, name, brand, category_id, price, priced_per, unit, plu, open_price,
                                 minimum_age, sold_out, variant_of, details, updated_at, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, NULL, ?, '2026-11-24T10:00:00.000Z', ?)
            """)
        tax = try connection.prepare("INSERT INTO product_tax (product_id, tax_code, position) VALUES (?, ?, 0)")
        barcode = try connection.prepare("INSERT INTO barcode (key, product_id) VALUES (?, ?)")
        search = try connection.prepare("INSERT INTO product_search (rowid, name, brand, sku, category) VALUES (?, ?, ?, ?, ?)")
    }

    /// Inserts the categories, then every product with its rows, in one transaction.
    func insert(_ products: [BenchProduct]) throws {
        try connection.exec("BEGIN IMMEDIATE")
        try connection.exec("PRAGMA defer_foreign_keys = ON")
        for name in BenchCatalog.categories {
            category.bind(1, Self.slug(name))
            category.bind(2, name)
            try category.run()
        }
        for item in products {
            product.bind(1, item.sku)
            product.bind(2, item.name)
            product.bind(3, item.brand)
            product.bind(4, Self.slug(item.category))
            product.bind(5, item.price)
            product.bind(6, 1_000)
            product.bind(7, item.plu == nil ? "each" : "kg")
            product.bind(8, item.plu)
            product.bind(9, "{\"barcodes\":[\"\(item.ean)\"]}")
            product.bind(10, item.sku)
            try product.run()
            let rowid = connection.lastInsertedRowID
            tax.bind(1, item.sku)
            tax.bind(2, item.tax)
            try tax.run()
            for key in [item.ean, "0" + item.ean] {
                barcode.bind(1, key)
                barcode.bind(2, item.sku)
                try barcode.run()
            }
            search.bind(1, rowid)
            search.bind(2, item.name)
            search.bind(3, item.brand)
            search.bind(4, item.sku)
            search.bind(5, item.category)
            try search.run()
        }
        try connection.exec("COMMIT")
    }

    /// The category id the import makes of a name: lowercased, spaces as hyphens (the bench names are ASCII).
    private static func slug(_ name: String) -> String {
        name.lowercased().replacing(" ", with: "-")
    }
}
