public import Foundation
import GRDB
public import TillCore

extension AppDatabase {
    /// Imports a catalog CSV file (columns: see `CatalogColumn`), all or nothing.
    ///
    /// Every row is checked and every bad row reported with its line and reason; if there is any,
    /// nothing is written. Rows upsert by SKU in one transaction, which holds the write lock until
    /// the whole file is in: run big imports when no sale is being rung up, after a dry run. A dry
    /// run makes the same checks and counts on a read snapshot and writes nothing.
    public func importCatalog(file path: String, currency: Currency, dryRun: Bool = false) throws(CatalogCSVError) -> CatalogImportReport {
        let data: Data
        do {
            data = try Data(contentsOf: URL(filePath: path), options: .alwaysMapped)
        } catch {
            let reason = !FileManager.default.fileExists(atPath: path) ? "no such file"
                : !FileManager.default.isReadableFile(atPath: path) ? "permission denied" : "\(error.localizedDescription)"
            throw .cannotRead(path: path, reason: reason)
        }
        return try importCatalog(csv: data, currency: currency, dryRun: dryRun)
    }

    /// Imports catalog CSV text already in memory; see `importCatalog(file:currency:dryRun:)`.
    public func importCatalog(csv data: Data, currency: Currency, dryRun: Bool = false) throws(CatalogCSVError) -> CatalogImportReport {
        var reader = CSVReader(data: data)
        guard !reader.isUTF16 else {
            throw .rows([CatalogRowError(line: 1, reason: "the file is UTF-16 text: save it as CSV UTF-8")])
        }
        var headerRecord: CSVRecord?
        while headerRecord == nil, let record = reader.next() {
            if !record.isBlank || record.problem != nil { headerRecord = record }
        }
        guard let headerRecord else {
            throw .rows([CatalogRowError(line: 1, reason: "the file is empty: it needs a header row and a row per product")])
        }
        if headerRecord.problem != nil {
            throw .rows([CatalogRowError(line: headerRecord.line, reason: "the header row cannot be read: check its quotes and encoding")])
        }
        let header = try CatalogHeader(headerRecord)
        let run = { (db: Database) throws -> CatalogImportReport in
            var importer = try CatalogImporter(db, header: header, currency: currency, dryRun: dryRun)
            while let record = reader.next() {
                try importer.read(record)
            }
            let errors = importer.finish()
            guard errors.isEmpty else { throw CatalogCSVError.rows(errors) }
            return importer.report
        }
        do {
            return dryRun ? try writer.read(run) : try writer.write(run)
        } catch let error as CatalogCSVError {
            throw error
        } catch {
            throw .store(StoreError.from(error, path: path))
        }
    }
}
