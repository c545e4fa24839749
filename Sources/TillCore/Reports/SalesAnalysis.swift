/// The period's sales broken down by hour, day, category, item and cashier; training sales left out.
public struct SalesAnalysis: Hashable, Sendable {
    /// Always 24 entries, hour 0 to 23, so a chart has every bar.
    public let hours: [HourTotal]
    /// Days with a sale or a refund, in order.
    public let days: [DayTotal]
    /// Best-selling first; lines without a category are together under a nil id.
    public let categories: [CategoryTotal]
    /// Every product sold, best-selling (by net) first, each as one total line.
    public let items: [ItemFact]
    /// Highest sales first.
    public let cashiers: [CashierTotal]

    /// The `count` best-selling items.
    public func top(_ count: Int) -> [ItemFact] { Array(items.prefix(max(0, count))) }

    /// The `count` worst-selling items, worst first.
    public func bottom(_ count: Int) -> [ItemFact] { Array(items.reversed().prefix(max(0, count))) }

    /// The breakdowns of the sales, refund and item counts, which must already be free of training.
    ///
    /// A product sold under two names or categories is one item, under the name and category of its
    /// first count; each category sums the lines counted under it.
    init(sales: [SalesCount], refunds: [RefundCount], items: [ItemFact], activeMinutes: [String: Int]) throws(ReportError) {
        var hours = Array(repeating: Tally(), count: 24)
        var daySales: [BusinessDay: Tally] = [:]
        var dayRefunds: [BusinessDay: Tally] = [:]
        var cashierSales: [String: Tally] = [:]
        var cashierRefunds: [String: Tally] = [:]
        var cashierItems: [String: Int64] = [:]
        for count in sales {
            let figures = count.figures
            try hours[count.hour].add(count: figures.sales, amount: figures.total)
            try daySales[count.businessDay, default: Tally()].add(count: figures.sales, amount: figures.total)
            try cashierSales[count.staffID, default: Tally()].add(count: figures.sales, amount: figures.total)
            try cashierItems.add(figures.items.thousandths, to: count.staffID)
        }
        for count in refunds {
            try dayRefunds[count.businessDay, default: Tally()].add(count: count.refunds, amount: count.total)
            try cashierRefunds[count.staffID, default: Tally()].add(count: count.refunds, amount: count.total)
        }
        var products: [ProductID: ItemFact] = [:]
        for item in items {
            products[item.productID] = try products[item.productID].map { total throws(ReportError) in try total.adding(item) } ?? item
        }
        self.hours = hours.enumerated().map { HourTotal(hour: $0.offset, sales: $0.element) }
        days = try Set(daySales.keys).union(dayRefunds.keys).sorted().map { day throws(ReportError) in
            try DayTotal(day: day, sales: daySales[day] ?? Tally(), refunds: dayRefunds[day] ?? Tally())
        }
        self.items = products.values.sorted { $0.net != $1.net ? $0.net > $1.net : $0.productID < $1.productID }
        categories = try CategoryTotal.group(items)
        cashiers = try Set(cashierSales.keys).union(cashierRefunds.keys).map { staffID throws(ReportError) in
            try CashierTotal(staffID: staffID, sales: cashierSales[staffID] ?? Tally(),
                             refunds: cashierRefunds[staffID] ?? Tally(),
                             items: Quantity(thousandths: cashierItems[staffID] ?? 0),
                             activeMinutes: activeMinutes[staffID])
        }.sorted { $0.sales.amount != $1.sales.amount ? $0.sales.amount > $1.sales.amount : $0.staffID < $1.staffID }
    }
}

/// Sales that completed within one hour of the day, over every day of the period.
public struct HourTotal: Hashable, Sendable {
    public let hour: Int
    public let sales: Tally
}

/// One business day: its sales, its refunds and what is left.
public struct DayTotal: Hashable, Sendable {
    public let day: BusinessDay
    public let sales: Tally
    public let refunds: Tally
    /// Sales less refunds.
    public let net: Int64

    init(day: BusinessDay, sales: Tally, refunds: Tally) throws(ReportError) {
        self.day = day
        self.sales = sales
        self.refunds = refunds
        net = try ReportMath.subtract(sales.amount, refunds.amount)
    }
}

/// What one category sold, net of discounts.
public struct CategoryTotal: Hashable, Sendable {
    /// Nil for products without a category.
    public let categoryID: String?
    public let quantity: Quantity
    public let net: Int64

    /// Item counts summed by the category each was sold in, best-selling first, uncategorised last on a tie.
    static func group(_ items: [ItemFact]) throws(ReportError) -> [CategoryTotal] {
        var quantities: [String?: Int64] = [:]
        var nets: [String?: Int64] = [:]
        for item in items {
            try quantities.add(item.quantity.thousandths, to: item.categoryID)
            try nets.add(item.net, to: item.categoryID)
        }
        return nets.keys.map {
            CategoryTotal(categoryID: $0, quantity: Quantity(thousandths: quantities[$0] ?? 0), net: nets[$0] ?? 0)
        }.sorted(by: precedes)
    }

    private static func precedes(_ a: CategoryTotal, _ b: CategoryTotal) -> Bool {
        guard a.net == b.net else { return a.net > b.net }
        switch (a.categoryID, b.categoryID) {
        case let (a?, b?): return a < b
        case (_?, nil): return true
        case (nil, _): return false
        }
    }
}

/// One cashier's sales, refunds and pace.
public struct CashierTotal: Hashable, Sendable {
    public let staffID: String
    public let sales: Tally
    /// Refunds this cashier paid out.
    public let refunds: Tally
    /// Sales less refunds.
    public let net: Int64
    public let items: Quantity
    /// Sales ÷ number of sales, rounded half up; zero without sales.
    public let averageBasket: Int64
    /// Items ÷ active minutes, in thousandths; nil when the minutes are unknown or zero.
    public let itemsPerMinute: Quantity?

    init(staffID: String, sales: Tally, refunds: Tally, items: Quantity, activeMinutes: Int?) throws(ReportError) {
        self.staffID = staffID
        self.sales = sales
        self.refunds = refunds
        self.items = items
        net = try ReportMath.subtract(sales.amount, refunds.amount)
        averageBasket = try ReportMath.average(sales.amount, over: Int64(sales.count))
        itemsPerMinute = try activeMinutes.flatMap { minutes throws(ReportError) in
            minutes > 0 ? Quantity(thousandths: try ReportMath.average(items.thousandths, over: Int64(minutes))) : nil
        }
    }
}
