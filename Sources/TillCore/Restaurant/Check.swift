public import Foundation

/// An open check (a tab): a table's order over many rounds, kept by its server until it is paid.
///
/// The sale itself is a `Cart`, so a check prices, pays and is recorded like any sale; the check adds
/// what a restaurant needs per line (seat, course, the kitchen's state) and per table (covers,
/// server, order type). Lines on a kitchen ticket are never removed: a void prints a cancellation.
public struct Check: Hashable, Codable, Sendable, Identifiable {
    public internal(set) var id: String
    public private(set) var table: String
    public private(set) var serverID: String
    public private(set) var covers: Int
    public private(set) var orderType: OrderType
    public let openedAt: Date
    public internal(set) var cart: Cart
    /// One per cart line, in cart order.
    public internal(set) var lines: [CheckLine]
    /// Kitchen rounds sent so far.
    public internal(set) var rounds: Int
    /// Whether the guests have been given the bill: the floor shows the table waiting to pay.
    public var billPrinted = false

    public init(id: String, table: String, serverID: String, covers: Int, orderType: OrderType = .dineIn, currency: Currency,
                openedAt: Date, localTime: LocalTime) throws(CheckError) {
        guard (1...99).contains(covers) else { throw .badCovers(covers) }
        self.id = id
        self.table = table
        self.serverID = serverID
        self.covers = covers
        self.orderType = orderType
        self.openedAt = openedAt
        cart = Cart(currency: currency, openedAt: localTime)
        lines = []
        rounds = 0
    }

    /// The check's line for cart line `id`.
    public func line(_ id: Int) -> CheckLine? { lines.first { $0.lineID == id } }

    /// Whether a tender has been taken: lines, seats and the table no longer change.
    public var isPaying: Bool { !cart.tenders.isEmpty }

    /// Rings up `item` for `seat` (nil: the table) in `course`; `hold` keeps it back until the course is fired.
    @discardableResult
    public mutating func add(_ item: ResolvedItem, multiplier: Int64 = 1, modifiers: [String: [String]] = [:], seat: Int? = nil,
                             course: Course, hold: Bool = false, note: String? = nil, ageConfirmed: Bool = false,
                             at time: LocalTime) throws(CheckError) -> Int {
        try checkSeat(seat)
        let id = try checkCart { () throws(CartError) in
            try cart.add(item, multiplier: multiplier, modifiers: modifiers, ageConfirmed: ageConfirmed, at: time)
        }
        lines.append(CheckLine(lineID: id, seat: seat, course: course, status: hold ? .held : .pending, note: Self.trimmed(note)))
        return id
    }

    /// Keeps a line not yet sent back from the next send, or lets it go with it again.
    public mutating func hold(line id: Int, _ held: Bool = true) throws(CheckError) {
        try editUnsent(id) { $0.status = held ? .held : .pending }
    }

    /// Sets the cooks' note on a line not yet sent (nil or blank: none).
    public mutating func setNote(_ note: String?, line id: Int) throws(CheckError) {
        try editUnsent(id) { $0.note = Self.trimmed(note) }
    }

    /// Moves a line not yet sent to another course.
    public mutating func setCourse(_ course: Course, line id: Int) throws(CheckError) {
        try editUnsent(id) { $0.course = course }
    }

    /// Puts a line on another seat (nil: the table); a sent line may change seat, it is the same dish.
    public mutating func setSeat(_ seat: Int?, line id: Int) throws(CheckError) {
        try checkSeat(seat)
        guard !isPaying else { throw .paymentStarted }
        guard let index = lines.firstIndex(where: { $0.lineID == id }) else { throw .noSuchLine(id) }
        lines[index].seat = seat
    }

    /// Moves the check to another table.
    public mutating func move(to table: String) throws(CheckError) {
        guard !isPaying else { throw .paymentStarted }
        self.table = table
    }

    /// Makes the check dine-in, take-out or delivery, charging `substitutes`' tax classes for the others.
    public mutating func setOrderType(_ type: OrderType, substitutes: [String: String]) throws(CheckError) {
        guard !isPaying else { throw .paymentStarted }
        orderType = type
        cart.taxSubstitutes = substitutes.isEmpty ? nil : substitutes
    }

    /// Hands the check to another server; whether they may is the permission policy's question.
    public mutating func transfer(to serverID: String) {
        self.serverID = serverID
    }

    /// Sets the guest count; seats above it must be empty.
    public mutating func setCovers(_ covers: Int) throws(CheckError) {
        guard (1...99).contains(covers) else { throw .badCovers(covers) }
        if let seat = lines.compactMap(\.seat).max(), seat > covers { throw .badSeat(seat) }
        self.covers = covers
    }

    /// Takes another check's lines (with their seats, courses and kitchen state) and covers into this one.
    public mutating func merge(_ other: Check) throws(CheckError) {
        guard other.cart.currency == cart.currency else { throw .otherCurrency }
        guard !isPaying, !other.isPaying else { throw .paymentStarted }
        guard other.cart.orderDiscount == nil || other.cart.orderDiscount == cart.orderDiscount else {
            throw .badSplit("the checks have different discounts on the whole sale; take them off first")
        }
        guard covers + other.covers <= 99 else { throw .badCovers(covers + other.covers) }
        for line in other.cart.lines {
            let id = try checkCart { () throws(CartError) in try cart.adopt(line) }
            if var state = other.line(line.id) {
                state = CheckLine(lineID: id, seat: state.seat.map { $0 + covers }, course: state.course, status: state.status,
                                  round: state.round, note: state.note)
                lines.append(state)
            }
        }
        covers += other.covers
        rounds = max(rounds, other.rounds)
    }

    private func checkSeat(_ seat: Int?) throws(CheckError) {
        if let seat, !(1...covers).contains(seat) { throw .badSeat(seat) }
    }

    private mutating func editUnsent(_ id: Int, _ change: (inout CheckLine) -> Void) throws(CheckError) {
        guard !isPaying else { throw .paymentStarted }
        guard let index = lines.firstIndex(where: { $0.lineID == id }) else { throw .noSuchLine(id) }
        guard lines[index].status != .sent else { throw .alreadySent(id) }
        change(&lines[index])
    }

    static func trimmed(_ note: String?) -> String? {
        let text = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }
}
