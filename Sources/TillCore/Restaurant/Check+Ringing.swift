extension Check {
    /// Takes the cart as the sale screen changed it (items rung up, voided, paid): new lines are
    /// pending for `seat` in the course `course` gives them (and the bill printed before them is no
    /// longer the bill), and a sent line now voided comes back as a cancellation ticket. A tip, a
    /// gift card or the service charge is no dish: the kitchen never hears of it. A seat that is not
    /// at the table is refused before anything changes.
    public mutating func follow(_ changed: Cart, seat: Int?, course: (CartLine) -> Course,
                                _ ticketing: Ticketing) throws(CheckError) -> [KitchenTicket] {
        if let seat, !(1...covers).contains(seat) { throw .badSeat(seat) }
        let known = Set(lines.map(\.lineID))
        let wasActive = Set(cart.activeLines.map(\.id))
        let cancelled = changed.lines.filter { $0.voided && wasActive.contains($0.id) && line($0.id)?.status == .sent }
        cart = changed
        for added in changed.lines where !known.contains(added.id) && added.isDish {
            lines.append(CheckLine(lineID: added.id, seat: seat, course: course(added)))
            billPrinted = false
        }
        return Dictionary(grouping: cancelled) { line($0.id)?.round ?? rounds }.sorted { $0.key < $1.key }.flatMap { round, voided in
            tickets(for: voided.map(\.id), kind: .cancel, round: round, ticketing)
        }
    }
}
