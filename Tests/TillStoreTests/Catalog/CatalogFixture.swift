import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

/// The currency every catalog test prices in.
let euro = Currency(code: "EUR", exponent: 2)

/// A fresh store with the tax classes the catalog tests name: `std`, `red` and `city`.
func makeCatalogStore() throws -> AppDatabase {
    let database = try AppDatabase.makeTemporary()
    try database.replaceTaxClasses([
        TaxClass(code: "std", name: "Standard", rate: TaxRate(millionths: 81_000)),
        TaxClass(code: "red", name: "Reduced", rate: TaxRate(millionths: 26_000)),
        TaxClass(code: "city", name: "City tax", rate: TaxRate(millionths: 45_000)),
    ])
    return database
}

extension AppDatabase {
    /// Imports CSV text given as a Swift string.
    @discardableResult
    func importCSV(_ text: String, dryRun: Bool = false) throws(CatalogCSVError) -> CatalogImportReport {
        try importCatalog(csv: Data(text.utf8), currency: euro, dryRun: dryRun)
    }

    /// Every product, by SKU, read back through the store's own lookups.
    func allProducts() throws -> [Product] {
        try writer.read { db in try String.fetchAll(db, sql: "SELECT sku FROM product ORDER BY sku") }
            .compactMap { try product(sku: $0) }
    }
}

/// The row errors an import reported; fails the test when it reported something else or nothing.
func rowErrors(sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void) -> [CatalogRowError] {
    do {
        try body()
    } catch {
        if case .rows(let errors) = error as? CatalogCSVError { return errors }
        Issue.record("expected row errors, got \(error)", sourceLocation: sourceLocation)
        return []
    }
    Issue.record("expected row errors, the import succeeded", sourceLocation: sourceLocation)
    return []
}
