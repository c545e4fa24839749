import Testing
import TillCore

/// Every figure of `WorkedDay`, worked out by hand. Tax is per line, inside the price:
/// tax = round(price × rate / (1 + rate)), base = price − tax.
@Suite struct PeriodReportTests {
    let report: PeriodReport

    init() throws {
        report = try PeriodReport(WorkedDay.input())
    }

    @Test func salesAndRefundsAddUpTheWayThePaperReadsThem() {
        // Training sale 4 is left out: sales 1, 2, 3 and 5
        #expect(report.salesCount == 4)
        #expect(report.trainingSales == 1)
        // Gross 7.12 + 12.87 + 15.25 + 5.76 = 41.00 (the voided muffin is not in it)
        #expect(report.gross == 4100)
        // 10 % off sale 3's 15.25, rounded half up
        #expect(report.discounts == 153)
        // Prices include tax, so nothing is added: 41.00 − 1.53 = 39.47 = 7.12 + 12.87 + 13.72 + 5.76
        #expect(report.taxAdded == 0)
        #expect(report.sales == 3947)
        // The cake back: sale 3's 5.20 less its 0.52 share of the discount
        #expect(report.refunds == Tally(count: 1, amount: 468))
        // 39.47 − 4.68
        #expect(report.net == 3479)
        // −0.02 − 0.02 − 0.02 − 0.01; the card refund has none
        #expect(report.rounding == -7)
        // 34.79 − 0.07
        #expect(report.collected == 3472)
    }

    @Test func taxByRateIsSalesLessRefunds() throws {
        // 2.6 %: gipfeli 1.92 → 0.05 on 1.87; 3 teas 10.05 less 1.01 of the discount = 9.04 → 0.23 on 8.81;
        //        3 gipfeli 5.76 → 0.15 on 5.61. Base 1.87 + 8.81 + 5.61 = 16.29, tax 0.05 + 0.23 + 0.15 = 0.43
        // 8.1 %: cappuccino 5.20 → 0.39 on 4.81; sandwich 12.87 → 0.96 on 11.91; cake 5.20 less 0.52 = 4.68
        //        → 0.35 on 4.33, refunded. Base 4.81 + 11.91 = 16.72, tax 0.39 + 0.96 = 1.35
        #expect(report.taxes == [
            TaxLine(code: "reduced", rate: try TaxRate(percent: "2.6"), base: 1629, tax: 43),
            TaxLine(code: "standard", rate: try TaxRate(percent: "8.1"), base: 1672, tax: 135),
        ])
        // And base + tax is the net: 16.29 + 0.43 + 16.72 + 1.35 = 34.79
        #expect(report.taxes.reduce(0) { $0 + $1.base + $1.tax } == report.net)
    }

    @Test func tendersAreNetOfChangeAndRefunds() {
        // Cash: 10.00 + 3.00 + 20.00 + 6.00 handed over, less 2.90 + 0.15 + 11.30 + 0.25 change = 24.40
        // Card: 10.00 + 5.00, less the 4.68 refund = 10.32
        #expect(report.tenders == [
            TenderTotal(kind: .cash, payments: 4, amount: 2440),
            TenderTotal(kind: .card, payments: 2, amount: 1032),
        ])
        // Together they are what was collected: 24.40 + 10.32 = 34.72
        #expect(report.tenders.reduce(0) { $0 + $1.amount } == report.collected)
    }

    @Test func cashIsReconciledPerDrawerAndInTotal() {
        // Ann: 100.00 + (30.00 − 14.20) + 20.00 = 135.80 expected, 135.75 counted: 0.05 short
        let ann = CashFigures(float: 10000, cashSales: 1580, cashRefunds: 0, paidIn: 2000, paidOut: 0,
                              expected: 13580, counted: 13575, overShort: -5)
        // Bob: 50.00 + (9.00 − 0.40) − 12.50 = 46.10 expected and counted
        let bob = CashFigures(float: 5000, cashSales: 860, cashRefunds: 0, paidIn: 0, paidOut: 1250,
                              expected: 4610, counted: 4610, overShort: 0)
        #expect(report.cash.drawers.map(\.figures) == [ann, bob])
        #expect(report.cash.drawers.map(\.terminalID) == ["till-1", "till-2"])
        #expect(report.cash.total == CashFigures(float: 15000, cashSales: 2440, cashRefunds: 0, paidIn: 2000, paidOut: 1250,
                                                 expected: 18190, counted: 18185, overShort: -5))
        // The drawers' cash sales are the cash tender: 15.80 + 8.60 = 24.40
        #expect(report.cash.total.cashSales == report.tenders.first { $0.kind == .cash }?.amount)
    }

    @Test func voidsOverridesApprovalsAndNoSales() {
        // The muffin 3.50 and bob's abandoned 2.50; ann's training void of 9.99 is left out
        #expect(report.voids == Tally(count: 2, amount: 600))
        #expect(report.voidsByCashier == ["ann": Tally(count: 1, amount: 350), "bob": Tally(count: 1, amount: 250)])
        #expect(report.priceOverrides == 1)
        #expect(report.approvals == 2)
        #expect(report.noSales == 1)
    }

    @Test func salesByHourLeaveTheTrainingHourEmpty() {
        let hours = report.analysis.hours
        #expect(hours.count == 24)
        #expect(hours[9].sales == Tally(count: 1, amount: 712))
        // 12.87 + 13.72
        #expect(hours[12].sales == Tally(count: 2, amount: 2659))
        #expect(hours[15].sales == Tally())
        #expect(hours[16].sales == Tally(count: 1, amount: 576))
        #expect(hours.reduce(0) { $0 + $1.sales.amount } == report.sales)
    }

    @Test func categoriesAndItemsRankBestFirst() {
        let items = report.analysis.items
        // sandwich 12.87; tea 9.04; gipfeli 1.92 + 5.76 = 7.68; cappuccino 5.20; cake 4.68
        #expect(items.map(\.productID) == ["sandwich", "tea", "gipfeli", "cappuccino", "cake"])
        #expect(items.map(\.net) == [1287, 904, 768, 520, 468])
        #expect(items.map(\.quantity) == [.each(1), .each(3), .each(4), .each(1), .each(1)])
        #expect(report.analysis.top(2).map(\.productID) == ["sandwich", "tea"])
        #expect(report.analysis.bottom(2).map(\.productID) == ["cake", "cappuccino"])
        // drinks 5.20 + 9.04 = 14.24; no category 12.87; bakery 7.68 + 4.68 = 12.36
        let categories = report.analysis.categories
        #expect(categories.map(\.categoryID) == ["drinks", nil, "bakery"])
        #expect(categories.map(\.net) == [1424, 1287, 1236])
        #expect(categories.map(\.quantity) == [.each(4), .each(1), .each(5)])
    }

    @Test func cashiersWithBasketAndPace() throws {
        let cashiers = report.analysis.cashiers
        #expect(cashiers.map(\.staffID) == ["ann", "bob"])
        let ann = try #require(cashiers.first)
        let bob = try #require(cashiers.last)
        // Ann: 7.12 + 13.72 = 20.84 in 2 sales, 10.42 a basket; 2 + 4 items in 240 minutes = 0.025 a minute
        #expect(ann.sales == Tally(count: 2, amount: 2084))
        #expect(ann.net == 2084)
        #expect(ann.averageBasket == 1042)
        #expect(ann.items == .each(6))
        #expect(ann.itemsPerMinute == Quantity(thousandths: 25))
        // Bob: 12.87 + 5.76 = 18.63 in 2 sales, 9.315 → 9.32; he paid the 4.68 refund: net 13.95;
        // 1 + 3 items in 120 minutes = 0.0333 → 0.033 a minute
        #expect(bob.sales == Tally(count: 2, amount: 1863))
        #expect(bob.refunds == Tally(count: 1, amount: 468))
        #expect(bob.net == 1395)
        #expect(bob.averageBasket == 932)
        #expect(bob.itemsPerMinute == Quantity(thousandths: 33))
    }

    @Test func salesByDay() throws {
        let days = report.analysis.days
        #expect(days.count == 1)
        let day = try #require(days.first)
        #expect(day.day == WorkedDay.day)
        #expect(day.sales == Tally(count: 4, amount: 3947))
        #expect(day.refunds == Tally(count: 1, amount: 468))
        #expect(day.net == 3479)
    }
}
