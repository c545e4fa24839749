import Foundation
import TillCore
import TillStore

/// How many products the catalog scenarios use: a million, or 100 000 under `--quick` so a smoke check stays short.
struct CatalogSize {
    let products: Int
    /// "1m" or "100k", for scenario names in reports.
    let label: String

    init(quick: Bool) {
        (products, label) = quick ? (100_000, "100k") : (1_000_000, "1m")
    }

    /// A scenario's name with the size that ran in place of its "-1m" suffix.
    func reportName(_ name: String) -> String {
        name.hasSuffix("-1m") ? String(name.dropLast(3)) + "-" + label : name
    }
}

/// A store holding the whole bench catalog, imported with `importCatalog` like a shop's first import.
final class CatalogFixture: Sendable {
    let catalog: BenchCatalog
    let database: AppDatabase
    /// How long the import took, for the import scenario.
    let importNanoseconds: UInt64
    private let folder: BenchFolder

    init(products: Int) throws {
        catalog = BenchCatalog(count: products)
        folder = BenchFolder()
        database = try Self.emptyStore(in: folder)
        let csvFolder = BenchFolder()
        try FileManager.default.createDirectory(at: csvFolder.url, withIntermediateDirectories: true)
        let csv = csvFolder.url.appendingPathComponent("catalog.csv").path
        try catalog.writeCSV(to: csv)
        let database = database
        importNanoseconds = try time { _ = try database.importCatalog(file: csv, currency: Self.currency) }
    }

    /// The SQLite file, for raw connections beside the store's.
    var databasePath: String { Self.databasePath(in: folder) }

    static let currency = Currency(code: "CHF", exponent: 2)

    /// A new store with the app's schema and the catalog's two tax classes.
    static func emptyStore(in folder: BenchFolder) throws -> AppDatabase {
        let database = try AppDatabase(directory: DataDirectory(url: folder.url))
        try database.replaceTaxClasses([TaxClass(code: "standard", name: "VAT 8.1%", rate: TaxRate(percent: "8.1")),
                                        TaxClass(code: "reduced", name: "VAT 2.6%", rate: TaxRate(percent: "2.6"))])
        return database
    }

    static func databasePath(in folder: BenchFolder) -> String {
        folder.url.appendingPathComponent("till.sqlite").path
    }
}

/// The catalog store the scan, search and import scenarios share, built the first time one asks,
/// because importing a million products takes most of a minute.
final class SharedCatalog: @unchecked Sendable {
    /// Guards `fixtures`: scenarios run one after another, but the type must be safe to share.
    private let lock = NSLock()
    private var fixtures: [Int: CatalogFixture] = [:]

    func fixture(quick: Bool) throws -> CatalogFixture {
        let products = CatalogSize(quick: quick).products
        return try lock.withLock {
            if let fixture = fixtures[products] { return fixture }
            let fixture = try CatalogFixture(products: products)
            fixtures[products] = fixture
            return fixture
        }
    }

    /// Drops the stores, so their folders are removed before the process ends.
    func removeAll() {
        lock.withLock { fixtures = [:] }
    }
}
