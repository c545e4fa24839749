/// Why the terminal's storage could not be used, worded so the person at the till can fix it.
///
/// Every storage case names the path involved: "database is locked" is useless without knowing which
/// file and which directory to look at. `conflict` is the exception: the file is fine, the change is not.
public enum StoreError: Error, Equatable, Sendable {
    /// Nothing names a data directory: no `--data-dir`, `$TILL_DATA_DIR`, `$XDG_DATA_HOME` or `$HOME`.
    case noDataDirectory
    /// A file sits where the data directory should be.
    case notADirectory(path: String)
    /// This user may not create or write the path.
    case permissionDenied(path: String)
    /// The path is on a read-only file system, or the database was opened read-only.
    case readOnly(path: String)
    /// The disk (or SQLite's size limit) is full: no new sale can be recorded.
    case diskFull(path: String)
    /// Another process holds the database's write lock for longer than the busy timeout.
    case databaseLocked(path: String)
    /// SQLite cannot open the database file at all.
    case cannotOpenDatabase(path: String)
    /// The data directory could not be created for a reason not listed above.
    case cannotCreateDirectory(path: String, reason: String)
    /// A stored value Till cannot read back (a document that no longer decodes, a broken invariant).
    case invalidData(path: String, reason: String)
    /// Any other SQLite failure, with its primary result code.
    case sqlite(path: String, code: Int32, message: String)
    /// A change refused because of what the store already holds (a second open shift, a double
    /// clock-in, a close before the count); the message says what was refused and what to do instead.
    case conflict(String)
}

extension StoreError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noDataDirectory:
            "No data directory is known: HOME is not set. Pass --data-dir, or set TILL_DATA_DIR."
        case .notADirectory(let path):
            "\(path) exists but is not a directory. Move that file away, or pass --data-dir with another folder."
        case .permissionDenied(let path):
            "This user may not write to \(path). Give it write access (chown/chmod), "
                + "or pass --data-dir with a folder it owns."
        case .readOnly(let path):
            "\(path) is read-only, so no sale can be recorded there. Remount it read-write, "
                + "or pass --data-dir with a writable folder."
        case .diskFull(let path):
            "The disk holding \(path) is full, so no new sale can be recorded. Free some space, then retry."
        case .databaseLocked(let path):
            "The database \(path) is locked by another process (is another till using this data directory?). "
                + "Close it, then retry."
        case .cannotOpenDatabase(let path):
            "Cannot open the database \(path). Check that its folder exists, that the path is not a directory, "
                + "and that this user can read and write it."
        case .cannotCreateDirectory(let path, let reason):
            "Cannot create the data directory \(path): \(reason)."
        case .invalidData(let path, let reason):
            "The database \(path) holds data Till cannot use: \(reason). Keep the file for support and restore a backup."
        case .sqlite(let path, let code, let message):
            "SQLite error \(code) on \(path): \(message)."
        case .conflict(let message):
            message
        }
    }
}
