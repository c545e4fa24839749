public import TillCore

/// Lays out a kitchen ticket for a station's printer: the table in large type, then what to make in
/// large type, course by course, with seats, options and the cooks' notes under each dish.
public struct KitchenTicketLayout: Sendable {
    /// Characters per line in the printer's standard font; large type gets half.
    public let columns: Int

    /// Tickets as wide as `receipts` on the same kind of paper.
    public init(matching receipts: ReceiptLayout) {
        columns = receipts.columns
    }

    /// The ticket as blocks ending in a cut; `time` is when it was sent, as the store's clock reads it.
    public func document(for ticket: KitchenTicket, time: String) -> PrintDocument {
        let large = TextColumns(width: columns / 2)
        let plain = TextColumns(width: columns)
        var blocks: [PrintBlock] = []
        if ticket.kind == .cancel {
            blocks.append(.line(large.cut("CANCEL"), style: TextStyle(bold: true, doubleWidth: true, doubleHeight: true, inverted: true),
                                alignment: .center))
        }
        let place = ticket.orderType == .dineIn ? "TABLE \(ticket.table)" : "\(ticket.orderType.description.uppercased()) \(ticket.table)"
        blocks.append(.line(large.cut(place), style: .large, alignment: .center))
        let what = switch ticket.kind {
        case .order: "Round \(ticket.round)"
        case .fire: "Round \(ticket.round) FIRE \(ticket.items.first?.course.description.uppercased() ?? "")"
        case .cancel: "Cancel from round \(ticket.round)"
        }
        blocks += plain.row(what, time).map { PrintBlock.line($0) }
        blocks.append(.line(plain.cut("\(ticket.serverName), \(ticket.covers) cover\(ticket.covers == 1 ? "" : "s"), \(ticket.station)")))
        var course: Course?
        for item in ticket.items {
            if item.course != course {
                course = item.course
                blocks.append(.line(plain.cut("-- \(item.course) --"), alignment: .center))
            }
            let count = item.quantity.wholeCount.map { "\($0) x " } ?? "\(item.quantity.formatted) kg "
            blocks.append(.line(large.cut(count + item.name), style: .large))
            for option in item.modifiers { blocks.append(.line(plain.cut("   + \(option)"))) }
            if let seat = item.seat { blocks.append(.line(plain.cut("   seat \(seat)"))) }
            if let note = item.note { blocks.append(.line(plain.cut("   ! \(note)"), style: .bold)) }
        }
        return PrintDocument(blocks + [.feed(lines: 1), .cut()])
    }
}
