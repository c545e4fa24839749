/// One simulated day's report counters, added up in memory before they are written.
struct DayOfCounts {
    static let staff = ["ann", "bob"]
    /// Tax codes and rates, in millionths, as `taxes` keeps them.
    static let rates: [(code: String, millionths: Int64)] = [("standard", 81_000), ("reduced", 26_000)]

    let day: String
    /// The day's first UTC quarter hour; sales are counted from 08:00, its 32nd.
    let midnight: Int64
    var items: [ItemSum]
    /// By cashier, then by quarter hour from 08:00.
    var sales = Array(repeating: Array(repeating: SalesSum(), count: 56), count: 2)
    /// By refund (0 or 1), then by rate.
    var taxes = Array(repeating: Array(repeating: TaxSum(), count: 2), count: 2)
    /// Cash, then card.
    var tenders = Array(repeating: TenderSum(), count: 2)
    /// By cashier, then price: voided lines of one.
    var voids = Array(repeating: [Int64: Int](), count: 2)
    /// By cashier.
    var refunds = Array(repeating: RefundSum(), count: 2)

    init(products: Int, day: String, midnight: Int64) {
        self.day = day
        self.midnight = midnight
        items = Array(repeating: ItemSum(), count: products)
    }

    /// Tax included in `net` at the product's rate, rounded half up, and the base it leaves.
    mutating func addTax(_ net: Int64, standard: Bool, refund: Bool) {
        let rate = Self.rates[standard ? 0 : 1].millionths
        let tax = (net * rate * 2 + 1_000_000 + rate) / (2 * (1_000_000 + rate))
        taxes[refund ? 1 : 0][standard ? 0 : 1].base += net - tax
        taxes[refund ? 1 : 0][standard ? 0 : 1].tax += tax
    }
}

/// Sales of one cashier in one quarter hour.
struct SalesSum {
    var sales: Int64 = 0
    var items: Int64 = 0
    var total: Int64 = 0
    var rounding: Int64 = 0
    var change: Int64 = 0

    mutating func add(items: Int64, total: Int64, rounding: Int64, change: Int64) {
        sales += 1
        self.items += items
        self.total += total
        self.rounding += rounding
        self.change += change
    }
}

/// One kind of tender, taken in sales and paid out in refunds.
struct TenderSum {
    var payments: Int64 = 0
    var amount: Int64 = 0
    var payouts: Int64 = 0
    var paidOut: Int64 = 0

    mutating func sale(_ paid: Int64) {
        payments += 1
        amount += paid
    }

    mutating func refund(_ paid: Int64) {
        payouts += 1
        paidOut += paid
    }
}

/// Base and tax at one rate.
struct TaxSum {
    var base: Int64 = 0
    var tax: Int64 = 0
}

/// One cashier's refunds.
struct RefundSum {
    var refunds: Int64 = 0
    var total: Int64 = 0

    mutating func add(_ amount: Int64) {
        refunds += 1
        total += amount
    }
}
