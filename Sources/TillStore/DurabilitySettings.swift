/// The connection settings a completed sale's survival depends on, read back from SQLite itself.
///
/// Reported by `till config check` and asserted by tests, because GRDB applies some pragmas of its
/// own when it opens a pool and a silent `synchronous=NORMAL` would lose sales on power loss.
public struct DurabilitySettings: Equatable, Sendable {
    /// `PRAGMA journal_mode`, expected `wal`.
    public let journalMode: String
    /// `PRAGMA synchronous` as SQLite numbers it: 0 off, 1 normal, 2 full, 3 extra.
    public let synchronous: Int
    /// `PRAGMA foreign_keys`.
    public let foreignKeys: Bool
    /// `PRAGMA busy_timeout`, in milliseconds.
    public let busyTimeoutMilliseconds: Int

    /// SQLite's value of `synchronous` for FULL: the WAL is synced on every commit.
    public static let synchronousFull = 2
}
