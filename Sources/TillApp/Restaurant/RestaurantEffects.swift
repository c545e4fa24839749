public import TillCore
public import TillStore

/// What the floor and checks ask of the store.
public enum RestaurantRequest: Hashable, Sendable {
    /// The open checks, for the floor.
    case loadFloor
    /// One check and its stamp, to open it.
    case open(id: String)
    /// The open check again, if another lane changed it since `revision`.
    case refresh(id: String, revision: String?)
    /// Keeps checks (the open one, and new ones a split made) with the kitchen tickets the change
    /// printed, in one transaction.
    case save([CheckChange], tickets: [KitchenTicket])
    /// Takes the oldest open check of `table` into the check.
    case merge(CheckChange, table: String)
    /// Splits the check by seat, or moves its lines `lines` onto a new check; the new checks get ids here.
    case split(CheckChange, lines: [Int]?)
    /// Hands the check to the staff member `server`, who must be on the staff.
    case handOver(CheckChange, to: String)
    /// Drops a check nothing was rung on (a table seated by mistake).
    case discard(id: String)

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

/// The store's answer to a ``RestaurantRequest``.
public enum RestaurantAnswer: Hashable, Sendable {
    /// The open checks, and the tables paid lately with no check since.
    case floorLoaded([OpenCheckSummary], paid: Set<String>)
    case opened(Check, stamp: CheckStamp?)
    /// The open check as another lane left it.
    case updated(Check, stamp: CheckStamp?)
    /// The check is no longer open (paid, merged or discarded, here or on another lane): the floor is shown.
    case changedElsewhere(id: String, reason: String)
    /// The check after a split, merge or hand-over, kept, and what became of it.
    case reshaped(Check, stamp: CheckStamp, note: String)
    /// Why the split, merge or hand-over could not be done.
    case refused(String)
}
