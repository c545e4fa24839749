public import TillCore
public import TillStore

/// What the floor and checks ask of the store.
public enum RestaurantRequest: Hashable, Sendable {
    /// The open checks, for the floor.
    case loadFloor
    /// One check and its version, to open it.
    case open(id: String)
    /// The open check again, if another lane changed it since `version`.
    case refresh(id: String, version: Int)
    /// Keeps checks (the open one, and new ones a split made, at version nil) with the kitchen
    /// tickets the change printed, in one transaction.
    case save([CheckVersion], tickets: [KitchenTicket])
    /// Takes the oldest open check of `table` into `check`.
    case merge(CheckVersion, table: String)
    /// Splits `check` by seat, or moves its lines `lines` onto a new check; the new checks get ids here.
    case split(CheckVersion, lines: [Int]?)
    /// Hands `check` to the staff member `server`, who must be on the staff.
    case handOver(CheckVersion, to: String)
    /// Drops a check nothing was rung on (a table seated by mistake).
    case discard(CheckVersion)

    /// Whether the request writes checks the other lanes must learn of.
    var changesChecks: Bool {
        switch self {
        case .loadFloor, .open, .refresh: false
        case .save, .merge, .split, .handOver, .discard: true
        }
    }

    public var activity: String {
        switch self {
        case .loadFloor: "Reading the floor"
        case .open: "Opening the check"
        case .refresh: "Reading the check again"
        case .save: "Saving the check"
        case .merge: "Merging the checks"
        case .split: "Splitting the check"
        case .handOver: "Handing the check over"
        case .discard: "Freeing the table"
        }
    }
}

/// A check with the version a save must name (nil: new).
public struct CheckVersion: Hashable, Sendable {
    public let check: Check
    public let version: Int?

    public init(_ check: Check, version: Int?) {
        self.check = check
        self.version = version
    }
}

/// The store's answer to a ``RestaurantRequest``.
public enum RestaurantAnswer: Hashable, Sendable {
    /// The open checks, and the tables paid lately with no check since.
    case floorLoaded([OpenCheckSummary], paid: Set<String>)
    case opened(Check, version: Int)
    /// The open check as another lane left it.
    case updated(Check, version: Int)
    /// The open check now stands at `version`.
    case saved(id: String, version: Int)
    /// Another lane changed or closed the check: it is read again (or the floor shown).
    case changedElsewhere(id: String, reason: String)
    /// The check after a split or merge, saved, and what became of it.
    case reshaped(Check, version: Int, note: String)
    /// Why the split or merge could not be done.
    case refused(String)
}
