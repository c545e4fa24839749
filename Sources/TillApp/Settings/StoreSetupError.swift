public import TillStore

/// Why a data directory could not be set up or opened, worded so the person at the till knows what to do.
public enum StoreSetupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `till init` found a store already there and will not overwrite it.
    case alreadyInitialized(directory: String, existing: [String])
    /// Neither `till.toml` nor `till.sqlite` is there.
    case notInitialized(directory: String)
    /// One of the two files is there and the other is gone; a new empty one would hide the loss.
    case missingFile(path: String)
    /// A store needs at least one tax class for its products.
    case noTaxClasses
    /// A tax class that cannot be stored: a bad `CLASS=RATE`, code or rate, or a code given twice.
    case badTaxClass(String, reason: String)
    /// A setting `till init` was given that Till cannot run with, by its key path in `till.toml`.
    case invalidSettings(keyPath: String, message: String)
    /// `till.toml` is there but cannot be read or holds a wrong value.
    case settings(ConfigProblem)
    /// The database could not be created, opened or written.
    case store(StoreError)
    /// `till.toml` could not be written.
    case cannotWriteSettings(path: String, reason: String)

    public var description: String {
        switch self {
        case .alreadyInitialized(let directory, let existing):
            "\(directory) already holds a Till store (\(existing.joined(separator: ", "))); till init never overwrites one. "
                + "Move that folder away first, or pass --data-dir with another folder."
        case .notInitialized(let directory):
            "There is no Till store in \(directory). Create one with "
                + "`till init --store-name NAME --currency CODE --tax CLASS=RATE`, or pass --data-dir with the folder that holds it."
        case .missingFile(let path):
            "\(path) is missing, but the rest of the store is there. Restore it from a backup; "
                + "Till will not start a new, empty one in its place."
        case .noTaxClasses:
            "A store needs at least one tax class: add --tax CLASS=RATE, for example --tax standard=8.1 (use 0 where nothing is taxed)."
        case .badTaxClass(let text, let reason):
            "Tax class \"\(text)\": \(reason)."
        case .invalidSettings(let keyPath, let message):
            "The setting \(keyPath) \(message)."
        case .settings(let problem):
            problem.description
        case .store(let error):
            error.description
        case .cannotWriteSettings(let path, let reason):
            "Cannot write \(path): \(reason)."
        }
    }
}
