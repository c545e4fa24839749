/// Why a catalog import or export did nothing: the file could not be used, some rows are wrong, or
/// the store failed. An import with any error changes nothing.
public enum CatalogCSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Every bad row of the file (or the bad header), in file order.
    case rows([CatalogRowError])
    case cannotRead(path: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .rows(let errors):
            errors.map(\.description).joined(separator: "\n")
        case .cannotRead(let path, let reason):
            "Cannot read \(path): \(reason)."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason)."
        case .store(let error):
            error.description
        }
    }
}
