/// What a lane's change to a check becomes when the hub refused it because another lane saved (or
/// closed) the check first.
public enum CheckRebase: Equatable, Sendable {
    /// The other lane's check as it is: the change added nothing it lacks.
    case adopt
    /// The other lane's check with this change's new items and voids, to save over it.
    case save(Check)
    /// The check is settled: this lane was paid for everything the other lane had on it.
    case close
    /// This change's new items on a new check for the same table: the other lane closed the check,
    /// or started taking payment for it.
    case newCheck(Check)
}

extension Check {
    /// Replays a refused change on the hub's revision of the check, so no item either lane rang is
    /// lost and none is paid twice.
    ///
    /// Cart line ids only grow, so the lines of `local` from `firstNewLine` on are the ones this lane
    /// added since the revision both lanes started from, and so are the other lane's in `hub`.
    /// `closedLocally` means this lane was paid for (or merged away) `local`; then only what the
    /// other lane added is left to pay. Changes to the table, covers or server are the other lane's.
    public static func rebase(_ local: Check, closedLocally: Bool, firstNewLine: Int, onto hub: Check, closedOnHub: Bool,
                              newID: String) throws(CheckError) -> CheckRebase {
        if closedLocally {
            guard !closedOnHub, !hub.isPaying else { return .adopt }
            let settled = Set(hub.cart.lines.map(\.id).filter { $0 < firstNewLine })
            guard hub.cart.activeLines.contains(where: { !settled.contains($0.id) && $0.productID != .serviceCharge }) else {
                return .close
            }
            var rest = hub
            _ = try checkCart { () throws(CartError) in try rest.cart.remove(lines: settled) }
            rest.lines.removeAll { settled.contains($0.lineID) }
            return .save(rest)
        }
        let added = local.cart.activeLines.filter { $0.id >= firstNewLine && $0.productID != .serviceCharge }
        let voided = local.cart.lines.filter { line in
            line.voided && line.id < firstNewLine && hub.cart.activeLines.contains { $0.id == line.id }
        }.map(\.id)
        if closedOnHub || hub.isPaying {
            guard !added.isEmpty else { return .adopt }
            var fresh = try Check(id: newID, table: local.table, serverID: local.serverID, covers: local.covers, orderType: local.orderType,
                                  currency: local.cart.currency, openedAt: local.openedAt, localTime: local.cart.openedAt)
            fresh.cart.taxSubstitutes = local.cart.taxSubstitutes
            try fresh.take(added, from: local)
            return .newCheck(fresh)
        }
        guard !added.isEmpty || !voided.isEmpty else { return .adopt }
        var merged = hub
        for id in voided {
            try checkCart { () throws(CartError) in try merged.cart.void(line: id) }
        }
        try merged.take(added, from: local)
        return .save(merged)
    }

    /// Adds copies of `other`'s `lines` with their seat (the table's if this check has fewer
    /// covers), course and kitchen state.
    private mutating func take(_ taken: [CartLine], from other: Check) throws(CheckError) {
        for line in taken {
            let id = try checkCart { () throws(CartError) in try cart.adopt(line) }
            guard let state = other.line(line.id) else { continue }
            lines.append(CheckLine(lineID: id, seat: state.seat.flatMap { $0 <= covers ? $0 : nil }, course: state.course,
                                   status: state.status, round: state.round, note: state.note))
        }
    }

    /// The id the check's next cart line will take: lines from it on are new since now.
    public var nextLineID: Int { cart.nextLineID }
}
