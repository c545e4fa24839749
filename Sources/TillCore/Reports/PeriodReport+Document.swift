extension PeriodReport {
    /// The report of `kind` laid out for the renderers.
    func document(_ kind: ReportKind) -> ReportDocument {
        switch kind {
        case .x: document("x", "X REPORT", summary)
        case .sales: document("sales", "SALES BY DAY", [.table(dayTable)])
        case .items: document("items", "ITEMS", [.table(itemTable)])
        case .categories: document("categories", "CATEGORIES", [.table(categoryTable)])
        case .cashiers: document("cashiers", "CASHIERS", [.table(cashierTable)])
        case .tenders: document("tenders", "TENDERS", [.table(tenderTable)])
        case .tax: document("tax", "TAX BY RATE", [.table(taxTable)])
        case .hourly: document("hourly", "SALES BY HOUR", [.table(hourTable)])
        }
    }

    func document(_ kind: String, _ title: String, _ entries: [ReportEntry]) -> ReportDocument {
        ReportDocument(kind: kind, title: title, currency: currency, from: from, to: to, entries: entries)
    }

    /// The X report's figures, which a Z report prints between its number and its grand totals.
    var summary: [ReportEntry] {
        [
            .field(ReportField("sales_count", "Sales", .count(salesCount))),
            .field(ReportField("gross", "Gross", .amount(gross))),
            .field(ReportField("discounts", "Discounts", .amount(discounts))),
            .field(ReportField("tax_added", "Tax added", .amount(taxAdded))),
            .field(ReportField("sales", "Sales total", .amount(sales))),
            .group(key: "refunds", title: "Refunds", entries: tally(refunds)),
            .field(ReportField("net", "Net", .amount(net))),
            .group(key: "gift_cards", title: "Gift cards sold", entries: tally(giftCards)),
            .group(key: "tips", title: "Tips", entries: tally(tips) + [.table(tipTable)]),
            .field(ReportField("rounding", "Cash rounding", .amount(rounding))),
            .field(ReportField("collected", "Collected", .amount(collected))),
            .table(taxTable),
            .table(tenderTable),
            .group(key: "cash", title: "Cash", entries: cashFields(cash.total) + [.table(drawerTable)]),
            .group(key: "voids", title: "Voids", entries: tally(voids) + [.table(voidTable)]),
            .field(ReportField("price_overrides", "Price overrides", .count(priceOverrides))),
            .field(ReportField("approvals", "Approvals", .count(approvals))),
            .field(ReportField("no_sales", "No-sales", .count(noSales))),
            .field(ReportField("training_sales", "Training sales", .count(trainingSales))),
        ]
    }

    private func tally(_ tally: Tally) -> [ReportEntry] {
        [.field(ReportField("count", "Count", .count(tally.count))), .field(ReportField("value", "Value", .amount(tally.amount)))]
    }

    private static let cashColumns = [
        ReportColumn("float", "Float"), ReportColumn("cash_sales", "Cash sales"), ReportColumn("cash_refunds", "Cash refunds"),
        ReportColumn("paid_in", "Paid in"), ReportColumn("paid_out", "Paid out"), ReportColumn("expected", "Expected"),
        ReportColumn("counted", "Counted"), ReportColumn("over_short", "Over/short"),
    ]

    private static func cashValues(_ figures: CashFigures) -> [ReportValue] {
        [figures.float, figures.cashSales, figures.cashRefunds, figures.paidIn, figures.paidOut, figures.expected].map(ReportValue.amount)
            + [figures.counted, figures.overShort].map { $0.map(ReportValue.amount) ?? .absent }
    }

    private func cashFields(_ figures: CashFigures) -> [ReportEntry] {
        zip(Self.cashColumns, Self.cashValues(figures)).map { .field(ReportField($0.key, $0.label, $1)) }
    }

    private var drawerTable: ReportTable {
        ReportTable(key: "drawers", title: "Drawers",
                    columns: [ReportColumn("shift", "Shift"), ReportColumn("terminal", "Terminal"), ReportColumn("cashier", "Cashier")]
                        + Self.cashColumns,
                    rows: cash.drawers.map {
                        [.text($0.shiftID), .text($0.terminalID), .text($0.cashierID)] + Self.cashValues($0.figures)
                    })
    }

    private var tipTable: ReportTable {
        ReportTable(key: "by_server", title: "Tips by server",
                    columns: [ReportColumn("server", "Server"), ReportColumn("count", "Count"), ReportColumn("value", "Value")],
                    rows: tipsByServer.sorted { $0.key < $1.key }.map { [.text($0.key), .count($0.value.count), .amount($0.value.amount)] })
    }

    private var voidTable: ReportTable {
        ReportTable(key: "by_cashier", title: "Voids by cashier",
                    columns: [ReportColumn("cashier", "Cashier"), ReportColumn("count", "Count"), ReportColumn("value", "Value")],
                    rows: voidsByCashier.sorted { $0.key < $1.key }.map { [.text($0.key), .count($0.value.count), .amount($0.value.amount)] })
    }

    private var taxTable: ReportTable {
        ReportTable(key: "tax", title: "Tax by rate",
                    columns: [ReportColumn("code", "Code"), ReportColumn("rate", "Rate"), ReportColumn("base", "Base"),
                              ReportColumn("tax", "Tax")],
                    rows: taxes.map { [.text($0.code), .rate($0.rate), .amount($0.base), .amount($0.tax)] }, idColumns: 2)
    }

    private var tenderTable: ReportTable {
        ReportTable(key: "tenders", title: "Tenders",
                    columns: [ReportColumn("tender", "Tender"), ReportColumn("payments", "Count"), ReportColumn("amount", "Amount")],
                    rows: tenders.map { [.text($0.kind.description), .count($0.payments), .amount($0.amount)] })
    }

    private var dayTable: ReportTable {
        ReportTable(key: "days", title: "Sales by day",
                    columns: [ReportColumn("day", "Day"), ReportColumn("sales_count", "Count"), ReportColumn("sales", "Sales"),
                              ReportColumn("refunds", "Refunds"), ReportColumn("net", "Net")],
                    rows: analysis.days.map { [.text($0.day.iso), .count($0.sales.count), .amount($0.sales.amount),
                                               .amount($0.refunds.amount), .amount($0.net)] })
    }

    private var itemTable: ReportTable {
        ReportTable(key: "items", title: "Items, best first",
                    columns: [ReportColumn("name", "Item"), ReportColumn("product", "Product", onPaper: false),
                              ReportColumn("category", "Category", onPaper: false), ReportColumn("quantity", "Qty"),
                              ReportColumn("net", "Net")],
                    rows: analysis.items.map { [.text($0.name), .text($0.productID.description),
                                                $0.categoryID.map(ReportValue.text) ?? .absent, .quantity($0.quantity), .amount($0.net)] })
    }

    private var categoryTable: ReportTable {
        ReportTable(key: "categories", title: "Sales by category",
                    columns: [ReportColumn("category", "Category"), ReportColumn("quantity", "Qty"), ReportColumn("net", "Net")],
                    rows: analysis.categories.map { [$0.categoryID.map(ReportValue.text) ?? .absent, .quantity($0.quantity), .amount($0.net)] })
    }

    private var cashierTable: ReportTable {
        ReportTable(key: "cashiers", title: "Sales by cashier",
                    columns: [ReportColumn("cashier", "Cashier"), ReportColumn("sales_count", "Sales"), ReportColumn("sales", "Sales total"),
                              ReportColumn("refunds", "Refunds"), ReportColumn("net", "Net"), ReportColumn("items", "Items"),
                              ReportColumn("average_basket", "Average basket"), ReportColumn("items_per_minute", "Items/minute")],
                    rows: analysis.cashiers.map {
                        [.text($0.staffID), .count($0.sales.count), .amount($0.sales.amount), .amount($0.refunds.amount),
                         .amount($0.net), .quantity($0.items), .amount($0.averageBasket),
                         $0.itemsPerMinute.map(ReportValue.quantity) ?? .absent]
                    })
    }

    private var hourTable: ReportTable {
        ReportTable(key: "hours", title: "Sales by hour",
                    columns: [ReportColumn("hour", "Hour"), ReportColumn("sales_count", "Count"), ReportColumn("sales", "Sales")],
                    rows: analysis.hours.map { [.count($0.hour), .count($0.sales.count), .amount($0.sales.amount)] },
                    chartColumn: 2)
    }
}
