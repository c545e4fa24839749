import GRDB
import TillCore

/// How a product is read back from its row, shared by every lookup so they all return the same `Product`.
enum ProductRow {
    /// The columns `product(from:)` reads, in order: one statement fetches a whole product, its tax
    /// classes in their stored order included.
    static let columns = """
        product.id, product.sku, product.name, product.brand, product.category_id, product.price,
        product.priced_per, product.unit, product.plu, product.open_price, product.minimum_age,
        product.sold_out, product.variant_of, product.details,
        (SELECT group_concat(tax_code, char(31)) FROM
            (SELECT tax_code FROM product_tax WHERE product_id = product.id ORDER BY position)) AS taxes
        """

    /// The product in a row selected with `columns`.
    static func product(from row: Row) throws -> Product {
        let unitName: String = row[7]
        guard let unit = SaleUnit(rawValue: unitName) else {
            throw UnreadableProduct(reason: "product \(row[1] as String) has unknown unit \"\(unitName)\"")
        }
        let details: ProductDetails
        do {
            details = try ProductDetails(json: row[13])
        } catch {
            throw UnreadableProduct(reason: "product \(row[1] as String) has details that do not decode: \(error)")
        }
        let taxes: String? = row[14]
        let variantOf: String? = row[12]
        return Product(
            id: ProductID(row[0] as String), sku: row[1], name: row[2], brand: row[3], categoryID: row[4],
            price: row[5], pricedPer: Quantity(thousandths: row[6]),
            taxCodes: taxes.map { $0.split(separator: "\u{1F}").map(String.init) } ?? [],
            unit: unit, barcodes: details.barcodes, plu: row[8], openPrice: row[9], minimumAge: row[10],
            modifierGroups: details.modifierGroups, availability: details.availability,
            timedPrices: details.timedPrices, soldOut: row[11], variantOf: variantOf.map { ProductID($0) })
    }
}

/// A stored product that no longer reads back as a `Product` (an unknown unit, details that do not decode).
struct UnreadableProduct: Error {
    let reason: String
}

extension ProductRow {
    static let byID = "SELECT \(columns) FROM product WHERE product.id = ?"
    static let bySKU = "SELECT \(columns) FROM product WHERE product.sku = ?"
    static let byPLU = "SELECT \(columns) FROM product WHERE product.plu = ?"
    static let byBarcode = """
        SELECT \(columns) FROM barcode JOIN product ON product.id = barcode.product_id WHERE barcode.key = ?
        """
    /// A category's products by name, through `product_by_category`; binds the category id and a limit.
    static let byCategory = "SELECT \(columns) FROM product WHERE product.category_id = ? ORDER BY product.name, product.id LIMIT ?"

    /// The product one of the `by…` statements finds for `key`, through its unique index.
    static func fetchOne(_ db: Database, _ sql: String, _ key: String) throws -> Product? {
        try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [key]).map(product(from:))
    }
}
