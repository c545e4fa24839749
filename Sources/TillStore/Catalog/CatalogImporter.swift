import GRDB
import TillCore

/// One pass over a catalog file: each row is checked against the rows before it and the store
/// and, unless this is a dry run, saved at once inside the caller's transaction.
///
/// A single pass keeps memory to a few dictionaries of keys rather than a million products, and a
/// dry run does the same checks on a read snapshot without taking the write lock. Once any row is
/// wrong, nothing more is written and the caller rolls the transaction back.
struct CatalogImporter {
    private let db: Database
    /// Nil for a dry run.
    private let writer: ProductWriter?
    private let parser: CatalogRowParser
    private var categories: CategoryIndex
    private var claims: CatalogClaims
    private var errors: [CatalogRowError] = []
    private(set) var report: CatalogImportReport

    init(_ db: Database, header: CatalogHeader, currency: Currency, dryRun: Bool) throws {
        self.db = db
        let taxCodes = try String.fetchSet(db, sql: "SELECT code FROM tax_class")
        parser = CatalogRowParser(header: header, prices: AmountParser(currency: currency), taxCodes: taxCodes)
        categories = CategoryIndex(try Row.fetchAll(db, sql: "SELECT id, name FROM category").map {
            Category(id: $0["id"], name: $0["name"])
        })
        claims = CatalogClaims(storeHasProducts: try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM product)") ?? true)
        writer = dryRun ? nil : try ProductWriter(db)
        report = CatalogImportReport(dryRun: dryRun)
    }

    /// Checks one record and, if the file is clean so far, saves it.
    mutating func read(_ record: CSVRecord) throws {
        guard !record.isBlank || record.problem != nil else { return }
        report.rows += 1
        let line = record.line
        switch record.problem {
        case .invalidUTF8:
            return errors.append(CatalogRowError(line: line, reason: "the text is not UTF-8: save the file as CSV UTF-8"))
        case .unclosedQuote:
            return errors.append(CatalogRowError(line: line, reason: "a quoted field is never closed: a \" is missing"))
        case nil:
            break
        }
        guard record.fields.count == parser.header.fieldCount else {
            return errors.append(CatalogRowError(line: line, reason: "has \(record.fields.count) fields but the header has "
                + "\(parser.header.fieldCount): is a field with a delimiter missing its quotes?"))
        }
        let sku = parser.header.value(.sku, in: record.fields) ?? ""
        let existing = sku.isEmpty || !claims.storeHasProducts ? nil : try ProductRow.fetchOne(db, ProductRow.bySKU, sku)
        let base = existing ?? Product(id: ProductID(sku), sku: sku, name: "", price: 0, taxCodes: [])
        var row = parser.parse(record.fields, line: line, over: base, isNew: existing == nil)
        var problems = RowProblems(line: line)
        try claims.claimSKU(sku, id: base.id, isNew: existing == nil, line: line, db, &problems)
        if let name = row.categoryName {
            if let id = categories.id(forName: name) {
                row.product.categoryID = id
            } else {
                problems.add(.category, "\"\(name)\" has no letter or digit to name a category by")
            }
        }
        if let parentSKU = row.parentSKU {
            row.product.variantOf = try claims.parent(parentSKU, of: sku, line: line, db, &problems)
        }
        let claimed = try claims.claimKeys(of: row.product, existing: existing, line: line, db, &problems)
        guard row.errors.isEmpty, problems.errors.isEmpty else {
            return errors += row.errors + problems.errors
        }
        try save(row.product, claimed, over: existing)
    }

    /// Settles the checks that waited for the rest of the file; every error, in line order.
    mutating func finish() -> [CatalogRowError] {
        errors += claims.unsettled()
        return errors.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    private mutating func save(_ product: Product, _ claimed: CatalogClaims.Claimed, over existing: Product?) throws {
        let changed = existing != product || claims.lostPLU(product.sku)
        switch (existing, changed) {
        case (nil, _): report.added += 1
        case (_, true): report.updated += 1
        case (_, false): report.unchanged += 1
        }
        report.categoriesAdded = categories.createdCount
        guard let writer, errors.isEmpty, changed else { return }
        for category in categories.takeUnsaved() {
            try db.cachedStatement(sql: "INSERT INTO category (id, name) VALUES (?, ?)").execute(arguments: [category.id, category.name])
        }
        try writer.save(product, keys: claimed.keys, previous: existing,
                        categoryName: product.categoryID.flatMap { categories.nameByID[$0] }, takingOver: claimed.takesOver)
    }
}

/// The errors found in one row, outside the cell parser.
struct RowProblems {
    let line: Int
    private(set) var errors: [CatalogRowError] = []

    init(line: Int) {
        self.line = line
    }

    mutating func add(_ column: CatalogColumn, _ reason: String) {
        errors.append(CatalogRowError(line: line, column: column.header, reason: reason))
    }
}
