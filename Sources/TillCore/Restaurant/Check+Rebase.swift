/// What a lane's change to a check becomes when another lane saved (or closed) the check first.
public enum CheckRebase: Equatable, Sendable {
    /// The other lane's check as it is: the change added nothing it lacks.
    case adopt
    /// The other lane's check with this change replayed on it, to save over it.
    case save(Check)
    /// The check is settled: this lane was paid for everything the other lane had on it.
    case close
    /// This change's new items on a new check for the same table: the other lane closed the check,
    /// or started taking payment for it.
    case newCheck(Check)
}

extension Check {
    /// Replays a change the hub refused on its revision of the check, losing no item and billing none twice.
    ///
    /// Cart line ids only grow, so lines from `firstNewLine` on are the ones each lane added since the
    /// revision both started from, and lines below it are the ones they shared. Of this lane's change
    /// the replay keeps its new items, its voids, the lines it moved off (a split) and how far the
    /// kitchen got with each shared line (a send, a hold, a fire, a note). With `base`, the revision
    /// both started from, it also keeps what this lane changed on a shared line (quantity, price,
    /// discount) and on the check (table, server, covers, order type, bill, discount, customer);
    /// without it, those are the other lane's. `closedLocally` means this lane was paid for (or
    /// merged away) `local`: only what the other lane added is left to pay.
    public static func rebase(_ local: Check, base: Check? = nil, closedLocally: Bool, firstNewLine: Int, onto hub: Check, closedOnHub: Bool,
                              newID: String) throws(CheckError) -> CheckRebase {
        if closedLocally {
            guard !closedOnHub else { return .adopt }
            // Both lanes took payment: the check closes here and on the hub, and the hub says it was paid twice.
            guard !hub.isPaying else { return .close }
            let settled = Set(hub.cart.lines.map(\.id).filter { $0 < firstNewLine })
            guard hub.cart.activeLines.contains(where: { !settled.contains($0.id) && $0.productID != .serviceCharge }) else {
                return .close
            }
            var rest = hub
            try rest.remove(settled)
            return .save(rest)
        }
        let added = local.cart.activeLines.filter { $0.id >= firstNewLine && $0.productID != .serviceCharge }
        if closedOnHub || hub.isPaying {
            guard !added.isEmpty else { return .adopt }
            var fresh = try Check(id: newID, table: local.table, serverID: local.serverID, covers: local.covers, orderType: local.orderType,
                                  currency: local.cart.currency, openedAt: local.openedAt, localTime: local.cart.openedAt)
            fresh.cart.taxSubstitutes = local.cart.taxSubstitutes
            try fresh.take(added, from: local)
            return .newCheck(fresh)
        }
        var merged = hub
        let kept = Set(local.cart.lines.map(\.id))
        try merged.remove(Set(hub.cart.lines.map(\.id).filter { $0 < firstNewLine && !kept.contains($0) }))
        for line in local.cart.lines where line.id < firstNewLine && line.voided && merged.cart.activeLines.contains(where: { $0.id == line.id }) {
            try checkCart { () throws(CartError) in try merged.cart.void(line: line.id) }
        }
        for state in local.lines where state.lineID < firstNewLine {
            guard let index = merged.lines.firstIndex(where: { $0.lineID == state.lineID }) else { continue }
            merged.lines[index].merge(state)
        }
        merged.rounds = max(merged.rounds, local.rounds)
        if let base { try merged.replay(local, since: base, before: firstNewLine) }
        try merged.take(added, from: local)
        return merged == hub ? .adopt : .save(merged)
    }

    /// Takes what `local` changed since `base` on the check and on the lines both had (below `firstNewLine`).
    private mutating func replay(_ local: Check, since base: Check, before firstNewLine: Int) throws(CheckError) {
        for line in local.cart.lines where line.id < firstNewLine && line != base.cart.lines.first(where: { $0.id == line.id }) {
            guard let mine = cart.lines.first(where: { $0.id == line.id }), !mine.voided else { continue }
            try checkCart { () throws(CartError) in try cart.replace(line) }
        }
        if local.table != base.table { try move(to: local.table) }
        if local.serverID != base.serverID { transfer(to: local.serverID) }
        // Fewer covers than the other lane has seats in use: the other lane's count stands.
        if local.covers != base.covers { try? setCovers(local.covers) }
        if local.orderType != base.orderType { try setOrderType(local.orderType, substitutes: local.cart.taxSubstitutes ?? [:]) }
        if local.billPrinted != base.billPrinted { billPrinted = local.billPrinted }
        if local.cart.orderDiscount != base.cart.orderDiscount {
            try checkCart { () throws(CartError) in try cart.discountOrder(local.cart.orderDiscount) }
        }
        if local.cart.customerID != base.cart.customerID { cart.customerID = local.cart.customerID }
    }

    /// Takes lines `ids` off the check (settled, or moved to another check).
    private mutating func remove(_ ids: Set<Int>) throws(CheckError) {
        guard !ids.isEmpty else { return }
        _ = try checkCart { () throws(CartError) in try cart.remove(lines: ids) }
        lines.removeAll { ids.contains($0.lineID) }
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

extension CheckLine {
    /// Takes whatever of `other` (the same line on another lane) the kitchen got further with.
    mutating func merge(_ other: CheckLine) {
        if other.status.progress > status.progress {
            status = other.status
            round = other.round
        }
        note = note ?? other.note
    }
}

extension FireStatus {
    /// How far a line has got towards the kitchen: pending, held back, sent.
    var progress: Int {
        switch self {
        case .pending: 0
        case .held: 1
        case .sent: 2
        }
    }
}
