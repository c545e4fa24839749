import TillStore

/// Why the demo store could not be built or rebuilt, worded so the person who ran `till demo` can act.
public enum DemoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// An option out of its range.
    case badOption(name: String, reason: String)
    /// `--reset` was asked to delete a folder that is not a demo store.
    case notADemoStore(path: String, reason: String)
    /// The folder holds other files and no Till store, so the demo is not built into it.
    case folderInUse(path: String)
    /// The folder could not be created, moved or removed.
    case fileSystem(path: String, reason: String)
    /// The store refused a write or could not be set up.
    case setup(StoreSetupError)
    /// The core refused something the generator made: a bug in the generator, named with its context.
    case generated(String)

    public var description: String {
        switch self {
        case .badOption(let name, let reason):
            "--\(name) \(reason)."
        case .notADemoStore(let path, let reason):
            "\(path) is not a demo store (\(reason)); --reset deletes only a demo store. Pass --data-dir with the demo's folder."
        case .folderInUse(let path):
            "\(path) holds other files and no Till store; the demo is built only in a new or empty folder. "
                + "Pass --data-dir with another folder."
        case .fileSystem(let path, let reason):
            "Cannot set up the demo store at \(path): \(reason)."
        case .setup(let error):
            error.description
        case .generated(let what):
            "The demo generator made something Till refuses: \(what)."
        }
    }

    /// A store failure during the build, as a setup failure.
    static func store(_ error: StoreError) -> DemoError { .setup(.store(error)) }
}

extension DemoError {
    /// A store call, its failure as a demo error.
    static func storing<T>(_ body: () throws(StoreError) -> T) throws(DemoError) -> T {
        do { return try body() } catch { throw .store(error) }
    }

    /// A core call on what the generator made, whose refusal is a bug in the generator, named by `what`.
    static func checking<T, Failure: Error>(_ what: @autoclosure () -> String, _ body: () throws(Failure) -> T) throws(DemoError) -> T {
        do { return try body() } catch { throw .generated("\(what()): \(error)") }
    }
}
