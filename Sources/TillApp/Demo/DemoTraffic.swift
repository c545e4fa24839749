/// When the demo shop is open and how busy it is: a morning coffee peak, lunch, the evening shop;
/// Saturdays busier and later, Sundays short and quiet.
enum DemoTraffic {
    /// Sales on an average weekday: enough for every report to have a shape, few enough that the
    /// first `till demo` (a debug build under `make demo`) builds its month in a few seconds.
    static let salesPerDay = 60

    /// Opening and closing hour on an ISO weekday (1 Monday … 7 Sunday).
    static func hours(weekday: Int) -> (open: Int, close: Int) {
        switch weekday {
        case 6: (8, 18)
        case 7: (9, 17)
        default: (7, 20)
        }
    }

    /// The minute of the day the early shift hands the drawer to the late one.
    static func handover(weekday: Int) -> Int {
        let (open, close) = hours(weekday: weekday)
        return (open + close) * 30
    }

    /// How many sales the day has: the weekday's share of an average day, give or take a tenth.
    static func sales(weekday: Int, random: inout DemoRandom) -> Int {
        let percent = [90, 95, 100, 100, 120, 135, 55][weekday - 1]
        return salesPerDay * percent / 100 * random.int(90...110) / 100
    }

    /// The relative weight of each opening hour, from the opening hour on.
    static func hourWeights(weekday: Int) -> [Int] {
        switch weekday {
        case 6: [6, 9, 12, 13, 11, 9, 9, 10, 9, 6]
        case 7: [8, 11, 12, 10, 8, 8, 8, 6]
        default: [9, 12, 8, 6, 8, 13, 9, 5, 5, 7, 11, 11, 6]
        }
    }

    /// The seconds after midnight of each of the day's sales, in order.
    static func saleTimes(weekday: Int, random: inout DemoRandom) -> [Int] {
        let open = hours(weekday: weekday).open
        let weights = hourWeights(weekday: weekday)
        return (0..<sales(weekday: weekday, random: &random)).map { _ in
            (open + random.index(weightedBy: weights)) * 3_600 + random.int(0...3_599)
        }.sorted()
    }
}
