/// Why a queued job cannot be printed at all, whatever the printer does: retrying cannot help, so
/// the worker gives up on it at once and says why.
enum PrintJobError: Error, Equatable, CustomStringConvertible {
    /// The job names a sale the store does not have (or cannot read).
    case saleMissing(saleID: String, reason: String)
    /// The job's document cannot be turned into printer commands (a bad barcode, a picture too wide).
    case unprintable(String)

    var description: String {
        switch self {
        case .saleMissing(let saleID, let reason): "the sale \(saleID) cannot be read (\(reason))"
        case .unprintable(let reason): "it cannot be printed (\(reason))"
        }
    }
}
