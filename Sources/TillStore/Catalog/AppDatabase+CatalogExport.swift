#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB
public import TillCore

extension AppDatabase {
    /// The whole catalog as CSV text in the import's columns, by SKU: export, edit, import again.
    public func exportCatalog(currency: Currency) throws(StoreError) -> String {
        var output = ""
        _ = try read { db in try Self.writeCatalog(db, currency: currency) { output += $0 } }
        return output
    }

    /// Writes the catalog CSV to `path` (created or truncated; `/dev/stdout` works) in chunks, so a
    /// million products never sit in memory at once; returns how many products it wrote.
    public func exportCatalog(file path: String, currency: Currency) throws(CatalogCSVError) -> Int {
        guard let file = fopen(path, "w") else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        let count: Int
        do {
            count = try writer.read { db in
                try Self.writeCatalog(db, currency: currency) { chunk in
                    var chunk = chunk
                    let written = chunk.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
                    if written != chunk.utf8.count { throw WriteFailed(code: errno) }
                }
            }
        } catch let failed as WriteFailed {
            fclose(file)
            throw .cannotWrite(path: path, reason: String(cString: strerror(failed.code)))
        } catch {
            fclose(file)
            throw .store(StoreError.from(error, path: path))
        }
        guard fclose(file) == 0 else {
            throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
        }
        return count
    }

    /// Streams the header and one record per product to `flush` in chunks of about 64 kB.
    private static func writeCatalog(_ db: Database, currency: Currency, flush: (String) throws -> Void) throws -> Int {
        var csv = CatalogCSVWriter()
        csv.append(CatalogColumn.allCases.map(\.header))
        let rows = try Row.fetchCursor(db, sql: exportSQL)
        var count = 0
        while let row = try rows.next() {
            let sku: String = row[0]
            let details: ProductDetails
            do {
                details = try ProductDetails(json: row[5])
            } catch {
                throw UnreadableProduct(reason: "product \(sku) has details that do not decode: \(error)")
            }
            let minimumAge: Int? = row[11]
            csv.append([
                sku, row[1], Money.format(row[2], exponent: currency.exponent), row[3] ?? "", row[4] ?? "",
                details.barcodes.joined(separator: "|"), row[6], row[7] ?? "", row[8] ?? "",
                Quantity(thousandths: row[9]).formatted, yesNo(row[10]), minimumAge.map(String.init) ?? "",
                yesNo(row[12]), row[13] ?? "",
            ])
            count += 1
            if csv.text.utf8.count >= 1 << 16 { try flush(csv.take()) }
        }
        try flush(csv.take())
        return count
    }

    private static func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }

    /// In `CatalogColumn` order; by SKU through its unique index, so no sort.
    private static let exportSQL = """
        SELECT product.sku, product.name, product.price,
               (SELECT group_concat(tax_code, '|') FROM
                   (SELECT tax_code FROM product_tax WHERE product_id = product.id ORDER BY position)),
               category.name, product.details, product.unit, product.plu, product.brand, product.priced_per,
               product.open_price, product.minimum_age, product.sold_out, parent.sku
        FROM product
        LEFT JOIN category ON category.id = product.category_id
        LEFT JOIN product AS parent ON parent.id = product.variant_of
        ORDER BY product.sku
        """
}

/// A write to the export file failed, with its errno.
private struct WriteFailed: Error {
    let code: Int32
}
