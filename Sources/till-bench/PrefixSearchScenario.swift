import TillStore

/// Search as the cashier types: `searchProducts` with a 3- to 5-letter prefix of a word in the
/// names, over a million products.
///
/// Baseline: the FTS5 `MATCH '"pre"*'` query with `LIMIT 20` joined to product for what the pick
/// list shows, through SQLite's C API on the same database file, unranked (Till ranks its first
/// 300 matches by bm25 and also tries the text as an exact SKU or barcode).
struct PrefixSearchScenario: Scenario {
    let name = "prefix-search-1m"
    let unit = "µs"
    let target = Target.p99Below(5_000, "p99 < 5 ms")
    let catalog: SharedCatalog

    func reportName(quick: Bool) -> String { CatalogSize(quick: quick).reportName(name) }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let fixture = try catalog.fixture(quick: quick)
        let prefixes = BenchCatalog.prefixes
        let database = fixture.database
        // Warm-up: one untimed pass over every prefix, so neither side pays for first reads from disk.
        for prefix in prefixes { _ = try database.searchProducts(prefix) }
        var samples: [UInt64] = []
        var found = 0
        for index in 0..<runs {
            let prefix = prefixes[index % prefixes.count]
            samples.append(try time { found += try database.searchProducts(prefix).count } / 1_000)
        }
        let connection = try RawConnection(path: fixture.databasePath)
        let search = try connection.prepare("""
            SELECT product.id, product.sku, product.name, product.brand, product.price, product.priced_per, product.unit, product.sold_out
            FROM product_search JOIN product ON product.rowid = product_search.rowid
            WHERE product_search MATCH ? LIMIT 20
            """)
        for prefix in prefixes {
            search.bind(1, "\"\(prefix)\"*")
            try search.rows { _ in }
        }
        var baseline: [UInt64] = []
        var rawFound = 0
        for index in 0..<runs {
            let match = "\"\(prefixes[index % prefixes.count])\"*"
            baseline.append(try time {
                search.bind(1, match)
                try search.rows { row in
                    let summary = (id: row.text(0), sku: row.text(1), name: row.text(2), brand: row.text(3),
                                   price: row.int(4), pricedPer: row.int(5), unit: row.text(6), soldOut: row.int(7))
                    if summary.id != nil { rawFound += 1 }
                }
            } / 1_000)
        }
        guard found == rawFound else {
            throw RawSQLiteError(message: "search found \(found) products, the raw query \(rawFound)")
        }
        return (samples, baseline)
    }
}
