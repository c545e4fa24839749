/// What happens in the demo shop on one day, in order: shifts opened and closed, sales, a refund, a
/// paid out or no-sale now and then, and the Z report once the shop has shut.
struct DemoDayPlan {
    /// One thing that happens, at a number of seconds after local midnight.
    enum Event: Equatable {
        /// The drawer is counted and the shift closed; listed first when two things share a second.
        case closeShift
        /// A cashier clocks in and opens a shift with a counted float.
        case openShift(cashierID: String)
        case sale
        case refund
        case paidOut
        case noSale
        /// The manager takes the Z report that closes the day.
        case zReport

        /// Which of two events at the same second comes first: a handover closes before it opens.
        fileprivate var rank: Int {
            switch self {
            case .closeShift: 0
            case .openShift: 1
            case .zReport: 3
            default: 2
            }
        }
    }

    /// The events by time, each at its seconds after local midnight.
    let events: [(seconds: Int, event: Event)]

    /// The plan for an ISO `weekday`; `closing` adds the Z report, which today's plan has not got yet.
    init(weekday: Int, closing: Bool, random: inout DemoRandom) {
        let (open, close) = DemoTraffic.hours(weekday: weekday)
        let handover = DemoTraffic.handover(weekday: weekday) * 60
        let afternoon = { (random: inout DemoRandom) in random.int((handover + 1_800)...(close * 3_600 - 1_800)) }
        var events: [(seconds: Int, event: Event)] = [
            (open * 3_600 - 900, .openShift(cashierID: "1")), (handover, .closeShift), (handover, .openShift(cashierID: "2")),
            (close * 3_600 + 600, .closeShift),
        ]
        events += DemoTraffic.saleTimes(weekday: weekday, random: &random).map { ($0, .sale) }
        if random.chance(60) { events.append((afternoon(&random), .refund)) }
        if random.chance(30) { events.append((open * 3_600 + random.int(1_800...10_800), .paidOut)) }
        if random.chance(25) { events.append((afternoon(&random), .noSale)) }
        if closing { events.append((close * 3_600 + 1_800, .zReport)) }
        self.events = events.sorted { ($0.seconds, $0.event.rank) < ($1.seconds, $1.event.rank) }
    }
}
