extension Check {
    /// Moves lines `ids` onto a new check `newID` for the same table and server, to be paid apart
    /// (a split by item). A percentage off the whole sale goes with them; a fixed amount off cannot be shared.
    public mutating func split(lines ids: [Int], into newID: String) throws(CheckError) -> Check {
        guard !isPaying else { throw .paymentStarted }
        let moving = Set(ids)
        guard !moving.isEmpty else { throw .badSplit("choose the items to move") }
        if case .amount? = cart.orderDiscount {
            throw .badSplit("a fixed amount is off the whole sale; take it off, split, then discount each part")
        }
        guard cart.activeLines.contains(where: { !moving.contains($0.id) }) else {
            throw .badSplit("leave at least one item on this check")
        }
        let taken = try checkCart { () throws(CartError) in try cart.remove(lines: moving) }
        var part = self
        part.id = newID
        part.cart = Cart(currency: cart.currency, openedAt: cart.openedAt)
        part.cart.customerID = cart.customerID
        part.cart.taxExempt = cart.taxExempt
        try checkCart { () throws(CartError) in try part.cart.discountOrder(cart.orderDiscount) }
        part.lines = []
        for line in taken {
            let id = try checkCart { () throws(CartError) in try part.cart.adopt(line) }
            if let state = self.line(line.id) {
                part.lines.append(CheckLine(lineID: id, seat: state.seat, course: state.course, status: state.status, round: state.round,
                                            note: state.note))
            }
        }
        lines.removeAll { moving.contains($0.lineID) }
        return part
    }

    /// One check per seat (a split by seat): the lowest seat's and the table's shared lines stay here;
    /// `newID` names the check of each other seat that has something on it.
    public mutating func splitBySeat(newID: (Int) -> String) throws(CheckError) -> [Check] {
        let seats = Set(activeStates.compactMap(\.seat)).sorted()
        let staying = activeStates.contains { $0.seat == nil } ? nil : seats.first
        var parts: [Check] = []
        for seat in seats where seat != staying {
            let ids = lines.filter { $0.seat == seat }.map(\.lineID)
            parts.append(try split(lines: ids, into: newID(seat)))
        }
        guard !parts.isEmpty else { throw .badSplit("only one seat has anything on it") }
        return parts
    }
}
