public import TillCore

/// Where a check stands in its shared history: its revision, how many saves lead to it, and the
/// first cart line id a change made over it may add.
public struct CheckStamp: Hashable, Sendable {
    public let revision: String
    public let generation: Int
    public let nextLine: Int

    public init(revision: String, generation: Int, nextLine: Int) {
        self.revision = revision
        self.generation = generation
        self.nextLine = nextLine
    }
}

/// A check as a lane keeps it: the stamp it was read at (nil: new on this lane) and the revision this save makes.
public struct CheckChange: Hashable, Sendable {
    public let check: Check
    public let base: CheckStamp?
    public let revision: String

    public init(_ check: Check, base: CheckStamp?, revision: String) {
        self.check = check
        self.base = base
        self.revision = revision
    }

    /// The check's stamp once this change is kept.
    public var stamp: CheckStamp {
        CheckStamp(revision: revision, generation: (base?.generation ?? 0) + 1, nextLine: check.nextLineID)
    }
}
