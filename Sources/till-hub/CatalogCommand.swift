import ArgumentParser
import Foundation
import TillCore
import TillHub
import TillStore
import TillWire

/// `till-hub catalog import`: a catalog CSV checked by the terminal's own importer, so hub and lane
/// refuse the same rows in the same words, then published to the store's terminals.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Publish the catalog to a store's terminals.", subcommands: [Import.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import products from CSV (the columns of till catalog import) over the store's catalog; "
                + "any bad row means nothing is published.")

        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The store's id.") var store: String
        @OptionGroup var database: DatabaseOption
        @Flag(help: "Check every row and report, without publishing.") var dryRun = false

        func run() async throws {
            let storage = try database.configuration.openStorage()
            let lane = try CatalogWorkspace(try await storage.catalog(store: store))
            defer { lane.remove() }
            do {
                print(try lane.database.importCatalog(file: file, currency: lane.currency, dryRun: dryRun))
            } catch {
                throw CommandFailure(description: "\(file):\n\(error)\nNothing was imported.")
            }
            guard !dryRun else { return }
            let publication = try await storage.publishCatalog(store: store, categories: try lane.categoryRecords(),
                                                               products: try lane.productRecords())
            print("Published to store \(store): products \(Self.summary(publication.products)); "
                + "categories \(Self.summary(publication.categories)).")
        }

        private static func summary(_ counts: CatalogPublication.RecordCounts) -> String {
            "\(counts.added) added, \(counts.changed) changed, \(counts.unchanged) unchanged"
        }
    }
}

/// A throwaway terminal database holding the hub's catalog for one store, for the terminal's
/// importer to check and apply a file against, and to read the result back as the hub's records.
struct CatalogWorkspace {
    let database: AppDatabase
    let currency: Currency

    init(_ catalog: StoreCatalog) throws {
        guard let currency = Currency.named(catalog.currency) else {
            throw CommandFailure(description: "The store's currency \(catalog.currency) is not one Till knows.")
        }
        self.currency = currency
        database = try AppDatabase.makeTemporary()
        do {
            try database.replaceTaxClasses(catalog.taxClasses.map {
                TaxClass(code: $0.code, name: $0.name, rate: TaxRate(millionths: $0.rateMillionths))
            })
            for record in catalog.categories {
                try database.saveCategory(try WireJSON.decode(Category.self, from: record.data))
            }
            try database.saveProducts(try catalog.products.map { try WireJSON.decode(Product.self, from: $0.data) })
        } catch {
            remove()
            throw error
        }
    }

    func categoryRecords() throws -> [CatalogRecord] {
        try database.categories().map { CatalogRecord(key: $0.id, data: try WireJSON.encode($0)) }
    }

    func productRecords() throws -> [CatalogRecord] {
        try database.allProducts().map { CatalogRecord(key: $0.id.rawValue, data: try WireJSON.encode($0)) }
    }

    /// Deletes the temporary database's folder.
    func remove() {
        try? FileManager.default.removeItem(at: URL(filePath: database.path).deletingLastPathComponent())
    }
}
