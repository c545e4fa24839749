public import Foundation

extension Check {
    /// Who and when, for the tickets a send, fire or void prints.
    public struct Ticketing: Sendable {
        public let routing: KitchenRouting
        public let serverName: String
        public let at: Date

        public init(routing: KitchenRouting, serverName: String, at: Date) {
            self.routing = routing
            self.serverName = serverName
            self.at = at
        }
    }

    /// Sends every pending line (not the held ones) to the kitchen as a new round: one ticket per station.
    public mutating func send(_ ticketing: Ticketing) throws(CheckError) -> [KitchenTicket] {
        let ids = activeStates.filter { $0.status == .pending }.map(\.lineID)
        guard !ids.isEmpty else { throw .nothingToSend }
        return release(ids, kind: .order, ticketing)
    }

    /// Releases the held lines of `course` to the kitchen: "fire mains".
    public mutating func fire(_ course: Course, _ ticketing: Ticketing) throws(CheckError) -> [KitchenTicket] {
        let ids = activeStates.filter { $0.status == .held && $0.course == course }.map(\.lineID)
        guard !ids.isEmpty else { throw .nothingHeld(course) }
        return release(ids, kind: .fire, ticketing)
    }

    /// Voids a line; one the kitchen has already been sent comes back as a cancellation ticket.
    public mutating func void(line id: Int, _ ticketing: Ticketing) throws(CheckError) -> [KitchenTicket] {
        guard line(id) != nil else { throw .noSuchLine(id) }
        var voided = cart
        try checkCart { () throws(CartError) in try voided.void(line: id) }
        return try follow(voided, seat: nil, course: { _ in .mains }, ticketing)
    }

    /// The states of lines not voided, in cart order.
    var activeStates: [CheckLine] {
        let active = Set(cart.activeLines.map(\.id))
        return lines.filter { active.contains($0.lineID) }
    }

    private mutating func release(_ ids: [Int], kind: KitchenTicket.Kind, _ ticketing: Ticketing) -> [KitchenTicket] {
        rounds += 1
        for index in lines.indices where ids.contains(lines[index].lineID) {
            lines[index].status = .sent
            lines[index].round = rounds
        }
        return tickets(for: ids, kind: kind, round: rounds, ticketing)
    }

    /// One ticket per station, stations by name, items by course then as rung up.
    func tickets(for ids: [Int], kind: KitchenTicket.Kind, round: Int, _ ticketing: Ticketing) -> [KitchenTicket] {
        let wanted = Set(ids)
        var byStation: [String: [(course: Course, order: Int, item: KitchenItem)]] = [:]
        for (order, line) in cart.lines.enumerated() where wanted.contains(line.id) {
            guard let state = self.line(line.id) else { continue }
            let item = KitchenItem(quantity: line.quantity, name: line.name, modifiers: line.modifiers.map(\.name), seat: state.seat,
                                   course: state.course, note: state.note)
            byStation[ticketing.routing.station(for: line.categoryID), default: []].append((state.course, order, item))
        }
        return byStation.keys.sorted().map { station in
            let items = byStation[station]!.sorted { ($0.course, $0.order) < ($1.course, $1.order) }.map(\.item)
            return KitchenTicket(kind: kind, station: station, checkID: id, table: table, serverName: ticketing.serverName, covers: covers,
                                 orderType: orderType, round: round, at: ticketing.at, items: items)
        }
    }
}
