/// What an import did, or, for a dry run, what it would do: the counts a manager checks before
/// trusting a price file.
public struct CatalogImportReport: Hashable, Sendable, CustomStringConvertible {
    /// Product rows read (blank lines not counted).
    public var rows = 0
    /// Rows whose SKU was new.
    public var added = 0
    /// Rows that changed an existing product.
    public var updated = 0
    /// Rows identical to the stored product.
    public var unchanged = 0
    /// Categories created from names the store did not have.
    public var categoriesAdded = 0
    /// True when nothing was written.
    public var dryRun: Bool

    public init(dryRun: Bool) {
        self.dryRun = dryRun
    }

    public var description: String {
        let summary = "\(rows) rows: \(added) added, \(updated) updated, \(unchanged) unchanged, "
            + "\(categoriesAdded) new categories"
        return dryRun ? summary + " (dry run: nothing written)" : summary
    }
}
