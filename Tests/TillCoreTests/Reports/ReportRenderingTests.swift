import Foundation
import Testing
import TillCore

/// Text, CSV and JSON are three writings of one `PeriodReport`: they must carry the same figures.
@Suite struct ReportRenderingTests {
    let z: ZReport

    init() throws {
        z = try ZReport(closing: PeriodReport(WorkedDay.input()), after: GrandTotals(zNumber: 41, total: 1_000_000, absolute: 1_200_000))
    }

    @Test func theZJSONHasEveryFigureTheIssueAsksFor() throws {
        let json = try ReportReading.json(z.rendered(as: .json))
        #expect(json["currency"] as? String == "CHF")
        #expect(json["number"] as? Int == 42)
        #expect(json["from"] as? String == "2025-03-03")
        #expect(json["to"] as? String == "2025-03-03")
        #expect(json["sales_count"] as? Int == 4)
        #expect(json["gross"] as? Int == 4100)
        #expect(json["net"] as? Int == 3479)
        let tax = try #require(json["tax"] as? [[String: Any]])
        #expect(tax.map { $0["rate"] as? Int } == [26_000, 81_000])
        #expect(tax.map { $0["base"] as? Int } == [1629, 1672])
        #expect(tax.map { $0["tax"] as? Int } == [43, 135])
        let tenders = try #require(json["tenders"] as? [[String: Any]])
        #expect(tenders.map { $0["tender"] as? String } == ["cash", "card"])
        #expect(tenders.map { $0["amount"] as? Int } == [2440, 1032])
        let cash = try #require(json["cash"] as? [String: Any])
        #expect(cash["expected"] as? Int == 18190)
        #expect(cash["counted"] as? Int == 18185)
        #expect(cash["over_short"] as? Int == -5)
        let voids = try #require(json["voids"] as? [String: Any])
        #expect(voids["count"] as? Int == 2)
        #expect(voids["value"] as? Int == 600)
        let refunds = try #require(json["refunds"] as? [String: Any])
        #expect(refunds["count"] as? Int == 1)
        #expect(refunds["value"] as? Int == 468)
        #expect(json["no_sales"] as? Int == 1)
        #expect(json["grand_total"] as? Int == 1_003_947)
    }

    @Test func theZCSVCarriesTheSameFiguresAsTheJSON() throws {
        let json = try ReportReading.json(z.rendered(as: .json))
        let records = ReportReading.csv(z.rendered(as: .csv))
        #expect(records.first == ["section", "row", "figure", "value"])
        var rowIDs: [String: [String]] = [:]
        for record in records.dropFirst() {
            let (section, row, figure, cell) = (record[0], record[1], record[2], record[3])
            var node: Any? = json
            for part in section.split(separator: ".") { node = (node as? [String: Any])?[String(part)] }
            if let table = node as? [Any] {
                if rowIDs[section, default: []].last != row { rowIDs[section, default: []].append(row) }
                let index = rowIDs[section, default: []].count - 1
                node = index < table.count ? table[index] : nil
            }
            let object = try #require(node as? [String: Any], "\(section) is not in the JSON")
            try ReportReading.expectSame(cell, object[figure], key: figure)
        }
        // Every JSON figure is in the CSV too: the JSON has, besides, report, currency, from and to, and
        // the cells that name table rows (2 tax rows × code and rate, 2 tenders, 2 drawers, 2 cashiers)
        #expect(Self.leaves(json) == records.count - 1 + 4 + 4 + 2 + 2 + 2)
    }

    @Test func thePaperZShowsTheSameFiguresAsTheCSV() throws {
        let text = z.rendered(as: .text(columns: 42))
        let figures = Dictionary(ReportReading.csv(z.rendered(as: .csv)).dropFirst().map { ($0[0] + "/" + $0[1] + "/" + $0[2], $0[3]) },
                                 uniquingKeysWith: { first, _ in first })
        let labels = [
            "number": "Z number", "sales_count": "Sales", "gross": "Gross", "discounts": "Discounts", "tax_added": "Tax added",
            "sales": "Sales total", "net": "Net", "rounding": "Cash rounding", "collected": "Collected",
            "price_overrides": "Price overrides", "approvals": "Approvals", "no_sales": "No-sales",
            "training_sales": "Training sales", "grand_total": "Grand total", "grand_total_absolute": "Grand total absolute",
        ]
        for (key, label) in labels {
            #expect(ReportReading.paper(label, in: text) == figures["//" + key], "\(label)")
        }
        for (key, label) in ["expected": "Expected", "counted": "Counted", "over_short": "Over/short", "paid_in": "Paid in"] {
            #expect(ReportReading.paper(label, in: text, after: "CASH") == figures["cash//" + key], "\(label)")
        }
        #expect(ReportReading.paper("Value", in: text, after: "VOIDS") == figures["voids//value"])
        #expect(ReportReading.paper("Value", in: text, after: "REFUNDS") == figures["refunds//value"])
        let rows = ReportReading.rows(of: text)
        #expect(rows.contains(["reduced", "2.6%", try #require(figures["tax/reduced 2.6%/base"]), try #require(figures["tax/reduced 2.6%/tax"])]))
        #expect(rows.contains(["standard", "8.1%", "16.72", "1.35"]))
        #expect(rows.contains(["cash", "4", try #require(figures["tenders/cash/amount"])]))
        #expect(rows.contains(["card", "2", "10.32"]))
    }

    @Test(arguments: ReportKind.allCases)
    func everyAnalysisCSVIsTheJSONTable(kind: ReportKind) throws {
        let report = z.period
        let json = try ReportReading.json(report.rendered(kind, as: .json))
        let records = ReportReading.csv(report.rendered(kind, as: .csv))
        guard kind != .x else {
            #expect(records.first == ["section", "row", "figure", "value"])
            return
        }
        let table = try #require(json.values.compactMap { $0 as? [[String: Any]] }.first)
        let header = try #require(records.first)
        #expect(records.count - 1 == table.count)
        for (record, object) in zip(records.dropFirst(), table) {
            for (key, cell) in zip(header, record) { try ReportReading.expectSame(cell, object[key], key: key) }
        }
    }

    @Test(arguments: [42, 48])
    func noLineIsWiderThanThePaper(columns: Int) throws {
        let reports = [z.period, try PeriodReport(Self.awkwardDay())]
        for report in reports {
            let texts = ReportKind.allCases.map { report.rendered($0, as: .text(columns: columns)) }
                + [try ZReport(closing: report, after: .start).rendered(as: .text(columns: columns))]
            for text in texts {
                #expect(text.split(separator: "\n").allSatisfy { $0.count <= columns },
                        "\(text.split(separator: "\n").filter { $0.count > columns })")
            }
        }
    }

    @Test func theHourlyChartGrowsWithSales() {
        let rows = ReportReading.rows(of: z.period.rendered(.hourly, as: .text(columns: 42)))
        let bar = { (hour: String) in rows.first { $0.first == hour }?.last?.count(where: { $0 == "#" }) ?? 0 }
        // Hour 12 took 26.59, the most, so it has the full bar; hour 9's 7.12 is about a quarter of it
        #expect(bar("12") > bar("9"))
        #expect(bar("9") > 0)
        #expect(bar("15") == 0)
    }

    @Test func aDrawerStillOpenIsShownAsNotCounted() throws {
        var input = try WorkedDay.input()
        input.shifts = [Shift(id: "open", terminalID: "till-3", cashierID: "cy", openedAt: WorkedDay.closingTime,
                              openingFloat: try WorkedDay.count([1_000: 2]))]
        let report = try PeriodReport(input)
        let cash = try #require(try ReportReading.json(report.rendered(.x, as: .json))["cash"] as? [String: Any])
        #expect(cash["expected"] as? Int == 2000)
        #expect(cash["counted"] == nil)
        #expect(ReportReading.paper("Counted", in: report.rendered(.x, as: .text(columns: 42)), after: "CASH") == "-")
    }

    @Test func namesThatLookLikeFormulasOrHoldCommasStayNamesInCSV() throws {
        let report = try PeriodReport(Self.awkwardDay())
        let records = ReportReading.csv(report.rendered(.items, as: .csv))
        let names = records.dropFirst().map { $0[0] }
        #expect(names.contains("'=HYPERLINK(\"x\")"))
        #expect(names.contains("Tomatoes, \"heirloom\"; organic"))
    }

    /// Counts the values in a JSON document that are not objects or arrays.
    static func leaves(_ node: Any) -> Int {
        switch node {
        case let object as [String: Any]: object.values.reduce(0) { $0 + leaves($1) }
        case let array as [Any]: array.reduce(0) { $0 + leaves($1) }
        default: 1
        }
    }

    /// A day made to break a layout: long names and ids, formula-like text, huge amounts, weighed items.
    static func awkwardDay() throws -> ReportInput {
        let day = WorkedDay.day
        let long = String(repeating: "Extraordinarily long product name ", count: 3)
        let items = [
            ItemFact(productID: "p-1", name: long, categoryID: String(repeating: "category ", count: 8),
                     quantity: Quantity(thousandths: 1_234_567), net: 9_999_999_999),
            ItemFact(productID: "p-2", name: "=HYPERLINK(\"x\")", categoryID: nil, quantity: .each(1), net: -5),
            ItemFact(productID: "p-3", name: "Tomatoes, \"heirloom\"; organic", categoryID: "veg", quantity: .grams(250), net: 199),
        ]
        let cashier = String(repeating: "cashier-with-a-long-id-", count: 3)
        let sale = SalesCount(
            businessDay: day, hour: 23, staffID: cashier,
            figures: SaleFigures(sales: 1, items: Quantity(thousandths: 1_235_817), gross: 10_000_000_193, discount: 0,
                                 total: 10_000_000_193, rounding: -3, change: 7, priceOverrides: 3))
        let tax = TaxLine(code: String(repeating: "longtaxcode", count: 4), rate: try TaxRate(percent: "8.875"),
                          base: 9_183_235_946, tax: 816_764_247)
        let tender = TenderCount(kind: .other(String(repeating: "gift voucher from the mall ", count: 3)), payments: 1,
                                 amount: 10_000_000_197)
        let shift = Shift(id: String(repeating: "shift-", count: 10), terminalID: String(repeating: "terminal-", count: 6),
                          cashierID: cashier, openedAt: WorkedDay.closingTime, openingFloat: try WorkedDay.count([100_000: 900]))
        return ReportInput(currency: WorkedDay.chf, from: day, to: day, sales: [sale], items: items.map { ItemCount($0) },
                           taxes: [TaxCount(tax)], tenders: [tender], voids: [VoidCount(staffID: cashier, unitPrice: 123_456_789_012)],
                           shifts: [shift], activeMinutes: [cashier: 7])
    }
}
