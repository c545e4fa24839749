import Foundation
public import TermUI
public import TillCore
public import TillStore

/// The floor and the check a server has open: what the floor screen and a check on the sale screen show.
public struct RestaurantState: Hashable, Sendable {
    /// The open checks, as the store last listed them.
    public var floor: [OpenCheckSummary] = []
    /// Tables paid lately and not seated since: to be cleared.
    public var paidTables: Set<String> = []
    /// The table being typed on the floor screen, then its covers.
    public var input = TextInput(placeholder: "table, Enter", maxLength: 12)
    /// The table whose covers are being asked before its check opens.
    public var seating: String?
    public var message: Message?
    /// The check on the sale screen, if any.
    public var open: OpenCheck?

    public init() {}

    /// The open checks of `table`, oldest first.
    public func checks(at table: String) -> [OpenCheckSummary] {
        floor.filter { $0.table.uppercased() == table.uppercased() }
    }
}

/// A check on the sale screen: the check, where it stood when this lane last kept or read it, and what the next items get.
public struct OpenCheck: Hashable, Sendable {
    public var check: Check
    /// The check's stamp as this lane last kept or read it: the base of its next change; nil until first kept.
    public var stamp: CheckStamp?
    /// Whether this lane seated the table on this visit (leaving it with nothing rung frees the table).
    public var seatedHere = false
    /// The seat the next items are for; nil: the table.
    public var seat: Int?
    /// The course the next items are for; nil: each item's category decides.
    public var course: Course?
    /// The bill shared evenly: the parts, and how many tenders the check had when it was split.
    public var evenParts: [Int64]?
    public var tendersAtSplit = 0

    /// The check as it is now, as a change over the stamp this lane holds, under a fresh revision id
    /// (revisions are compared, never shown, so they need not come from the environment's ids).
    func change() -> CheckChange {
        CheckChange(check, base: stamp, revision: UUID().uuidString.lowercased())
    }

    /// The part the next cash or card payment takes; nil when the rest is simply what is left.
    public var nextPart: Int64? {
        guard let parts = evenParts else { return nil }
        let index = check.cart.tenders.count - tendersAtSplit
        return index < parts.count - 1 ? parts[max(0, index)] : nil
    }

    /// "Part 2 of 3", while an even split is being paid.
    public var partLabel: String? {
        guard let parts = evenParts else { return nil }
        return "Part \(min(parts.count, check.cart.tenders.count - tendersAtSplit + 1)) of \(parts.count)"
    }
}

/// A question a check asks on the sale screen's command line.
public enum CheckQuestion: Hashable, Sendable {
    case seat, course, fire, split, table
    /// A note for the cooks on cart line `line`.
    case note(line: Int)

    var label: String {
        switch self {
        case .seat: "Seat for the next items (0: the table) › "
        case .course: "Course for the next items: d(rinks) s(tarters) m(ains) de(sserts), Enter: by category › "
        case .fire: "Fire which course: d s m de › "
        case .split: "Split: 2-99 evenly, S by seat, Enter: the selected line to a new check › "
        case .table: "Move to table, +TABLE merges its check in, @STAFF hands over, or dine-in/take-out/delivery › "
        case .note: "Note for the cooks (Enter alone clears it) › "
        }
    }
}
