import TillStore

/// Importing a million-product catalog CSV into a fresh store with `importCatalog`: one sample, in ms.
///
/// Baseline: the same rows (categories, product, product_tax, both barcode keys, product_search)
/// inserted through SQLite's C API with prepared statements in one transaction into a fresh store's
/// schema; the rows are generated before the clock starts, so it parses no CSV.
struct CatalogImportScenario: Scenario {
    let name = "catalog-import-1m"
    let unit = "ms"
    let target = Target.p99Below(60_000, "under 60 s")
    let catalog: SharedCatalog

    func reportName(quick: Bool) -> String { CatalogSize(quick: quick).reportName(name) }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let fixture = try catalog.fixture(quick: quick)
        let products = try (0..<fixture.catalog.count).map(fixture.catalog.product)
        let folder = BenchFolder()
        _ = try CatalogFixture.emptyStore(in: folder)
        let importer = try RawCatalogImporter(path: CatalogFixture.databasePath(in: folder))
        let elapsed = try time { try importer.insert(products) }
        return ([fixture.importNanoseconds / 1_000_000], [elapsed / 1_000_000])
    }
}
