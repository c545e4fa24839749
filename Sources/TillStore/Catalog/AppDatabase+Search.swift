import Foundation
import GRDB
import TillCore

extension AppDatabase {
    /// The products matching what the cashier is typing, best first, for a pick list that updates
    /// on every key.
    ///
    /// A product whose SKU or barcode is exactly the text comes first. The rest match every word of
    /// the text as a prefix of a word in the name, brand, SKU or category, ignoring case and accents.
    /// They are ranked by bm25 (name weighs most) once the last word has 3 characters, among the first
    /// `rankedCandidates` matches; before that, the first `limit` matches are shown by name, because
    /// ranking or sorting every match of a short prefix is slow over a big catalog. Empty text finds nothing.
    public func searchProducts(_ text: String, limit: Int = 20) throws(StoreError) -> [ProductSummary] {
        let code = text.trimmingCharacters(in: .whitespaces)
        guard limit > 0, !code.isEmpty else { return [] }
        let query = SearchQuery(text)
        return try read { db in
            let gtinKey = (try? GTIN(code))?.normalized ?? code
            var found = try Self.summaries(db, Self.exactSQL, [code, code, gtinKey])
            if let query {
                let exactIDs = Set(found.map(\.id))
                let matches = try Self.summaries(db, query.isRanked ? Self.rankedSQL : Self.unrankedSQL,
                                                 [query.match, limit + found.count])
                found += matches.filter { !exactIDs.contains($0.id) }
            }
            return Array(found.prefix(limit))
        }
    }

    private static func summaries(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> [ProductSummary] {
        try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row in
            let unitName: String = row[6]
            guard let unit = SaleUnit(rawValue: unitName) else {
                throw UnreadableProduct(reason: "product \(row[1] as String) has unknown unit \"\(unitName)\"")
            }
            return ProductSummary(
                id: ProductID(row[0] as String), sku: row[1], name: row[2], brand: row[3], price: row[4],
                pricedPer: Quantity(thousandths: row[5]), unit: unit, soldOut: row[7])
        }
    }

    private static let summaryColumns = """
        product.id, product.sku, product.name, product.brand, product.price, product.priced_per, product.unit, product.sold_out
        """

    private static let exactSQL = """
        SELECT \(summaryColumns) FROM product WHERE product.sku = ?
        UNION
        SELECT \(summaryColumns) FROM barcode JOIN product ON product.id = barcode.product_id WHERE barcode.key IN (?, ?)
        """

    /// bm25 costs 2–5 µs a matching row (it reads each row's column sizes), so it ranks at most this
    /// many matches: a 3-letter prefix can match 15 000 of a million products (90 ms to rank them
    /// all; p99 1 ms for 300, 6.7 ms for 1 000, measured). A query that broad shows the best of its
    /// first 300 matches, and one more letter narrows it.
    static let rankedCandidates = 300

    /// Column weights: name, brand, SKU, category.
    private static let rankedSQL = """
        SELECT \(summaryColumns) FROM (
            SELECT hit, score FROM (
                SELECT rowid AS hit, bm25(product_search, 10.0, 4.0, 6.0, 2.0) AS score
                FROM product_search WHERE product_search MATCH ? LIMIT \(rankedCandidates)
            ) ORDER BY score LIMIT ?
        ) AS ranked JOIN product ON product.rowid = ranked.hit
        ORDER BY ranked.score
        """

    private static let unrankedSQL = """
        SELECT \(summaryColumns) FROM (
            SELECT rowid AS hit FROM product_search WHERE product_search MATCH ? LIMIT ?
        ) AS found JOIN product ON product.rowid = found.hit
        ORDER BY product.name COLLATE NOCASE, product.sku
        """
}
