import Testing
import TermUI
import TillCore
import TillDevices

/// Every line stays inside the paper at every width, whatever the names are made of, and amounts are
/// never the part that gets cut.
@Suite struct ReceiptLayoutFittingTests {
    static let awkwardNames = [
        "Extra large oat milk cappuccino with cinnamon, vanilla syrup and a double shot",
        "りんご ふじ 青森県産 特選品 産地直送 農家さんから",
        "🍰🎂 Birthday cake slice with candles 🕯️ and sprinkles 🇨🇭🇨🇭🇨🇭",
        "抹茶ラテ（ホット）特大サイズ季節限定",
        "Line\nbreak\tand tab in a name",
    ]

    @Test(arguments: ReceiptLayout.supportedColumns)
    func noLineIsWiderThanThePaper(columns: Int) throws {
        // Given the café sale with long, CJK and emoji names, printed as a training copy
        let order = try ReceiptFixture.order(names: Self.awkwardNames)
        let receipt = ReceiptFixture.receipt(order, copy: true, training: true)

        // When it is laid out
        let document = try ReceiptLayout(columns: columns).document(for: receipt)

        // Then each line fits, double-width lines in half the columns, and holds no line break
        for case .line(let text, let style, _) in document.blocks {
            let room = style.doubleWidth ? columns / 2 : columns
            #expect(DisplayWidth.of(text) <= room, "\(text)")
            #expect(!text.contains { $0.isNewline || $0 == "\t" }, "\(text)")
        }
    }

    @Test(arguments: ReceiptLayout.supportedColumns)
    func namesAreCutButAmountsAreWhole(columns: Int) throws {
        // Given the café sale with names far wider than any paper
        let order = try ReceiptFixture.order(names: Self.awkwardNames)

        // When it is laid out and previewed
        let lines = PrintPreview(columns: columns).lines(of: try ReceiptLayout(columns: columns).document(for: ReceiptFixture.receipt(order)))

        // Then each item's line starts with the start of its name and ends with its whole amount
        for priced in order.priced.lines {
            let amount = Money.format(priced.gross, exponent: 2)
            let start = String(priced.line.name.prefix(4))
            #expect(lines.contains { $0.hasPrefix(start) && $0.hasSuffix(" " + amount) }, "\(priced.line.name)")
        }
    }

    @Test func voidedLinesAreLeftOut() throws {
        // Given the café sale, whose mineral water was voided
        let order = try ReceiptFixture.order()

        // When it is previewed
        let text = PrintPreview(columns: 42).text(of: try ReceiptLayout(columns: 42).document(for: ReceiptFixture.receipt(order)))

        // Then the water is nowhere on it
        #expect(order.cart.lines.contains { $0.voided && $0.name == "Mineral water" })
        #expect(!text.contains("Mineral water"))
    }

    @Test func aStoreNameTooWideForLargeTypeIsPrintedBold() throws {
        // Given a store whose name takes more than half of a 32-column line
        var receipt = ReceiptFixture.receipt(try ReceiptFixture.order())
        receipt.header = ["Bäckerei-Konditorei Zum Goldenen Löwen"]

        // When it is laid out
        let document = try ReceiptLayout(columns: 32).document(for: receipt)

        // Then the name is bold, centred and broken between words instead of large
        #expect(Array(document.blocks.prefix(2)) == [
            .line("Bäckerei-Konditorei Zum Goldenen", style: .bold, alignment: .center),
            .line("Löwen", style: .bold, alignment: .center),
        ])
    }

    @Test func theTotalIsLargeOnlyWhenItFitsAtDoubleWidth() throws {
        // Given the café sale
        let receipt = ReceiptFixture.receipt(try ReceiptFixture.order())

        // When it is laid out at 42 columns
        let blocks = try ReceiptLayout(columns: 42).document(for: receipt).blocks

        // Then the total takes 21 double-width columns
        #expect(blocks.contains(.line("TOTAL CHF       22.58", style: .large)))
    }

    @Test func aTotalTooWideForLargeTypeIsPrintedBold() throws {
        // Given a 1234.50 espresso machine paid by card
        let context = try ReceiptFixture.context()
        var cart = Cart(currency: ReceiptFixture.chf, openedAt: ReceiptFixture.morning)
        try cart.add(ReceiptFixture.product("Espresso machine", 123_450), at: ReceiptFixture.morning)
        try cart.addTender(.card, amount: 123_450, context: context)
        let order = try cart.complete(id: "o-2", staffID: "anna", context: context)

        // When it is laid out on 58 mm paper, where "TOTAL CHF 1234.50" needs 17 of 16 double-width columns
        let blocks = try ReceiptLayout(columns: 32).document(for: ReceiptFixture.receipt(order)).blocks

        // Then the total is bold at full width instead
        #expect(blocks.contains(.line("TOTAL CHF                1234.50", style: .bold)))
    }

    @Test func hugeAmountsStayWholeEvenInTheTaxTable() throws {
        // Given a sale of nearly a hundred billion francs, whose tax table cannot fit three columns on 58 mm paper
        let context = try ReceiptFixture.context()
        var cart = Cart(currency: ReceiptFixture.chf, openedAt: ReceiptFixture.morning)
        try cart.add(ReceiptFixture.product("Island", 9_999_999_999_999), at: ReceiptFixture.morning)
        try cart.addTender(.card, amount: 9_999_999_999_999, context: context)
        let order = try cart.complete(id: "o-3", staffID: "anna", context: context)

        // When it is laid out and previewed
        let document = try ReceiptLayout(columns: 32).document(for: ReceiptFixture.receipt(order))
        let lines = PrintPreview(columns: 32).lines(of: document)

        // Then the tax goes on two rows of its own, every amount whole and every line inside the paper
        #expect(lines.contains("Net 8.1%          92506938020.34"))
        #expect(lines.contains("Tax 8.1%           7493061979.65"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 32 })
    }

    @Test(arguments: [0, 31, 40, 80])
    func otherWidthsAreRefused(columns: Int) {
        #expect(throws: ReceiptLayoutError.unsupportedColumns(columns)) {
            try ReceiptLayout(columns: columns)
        }
    }

    @Test func salesTaxAddedAtTheTillIsShownBeforeTheTotal() throws {
        // Given a New York sale of 2.99 and 4.49 before 8.875 % sales tax (0.27 + 0.40 per line)
        let table = try TaxTable([TaxClass(code: "ny", rate: TaxRate(percent: "8.875"))])
        let usd = Currency(code: "USD", exponent: 2)
        let context = PricingContext(currency: usd, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .exclusive)))
        var cart = Cart(currency: usd, openedAt: ReceiptFixture.morning)
        try cart.add(ReceiptFixture.product("Soap", 299, tax: "ny"), at: ReceiptFixture.morning)
        try cart.add(ReceiptFixture.product("Towel", 449, tax: "ny"), at: ReceiptFixture.morning)
        try cart.addTender(.card, amount: 815, reference: "9931", context: context)
        let order = try cart.complete(id: "ny-1", staffID: "s", context: context)
        let receipt = Receipt(.sale(order), header: ["Corner Store"], number: "7", dateTime: "03/14/2025 9:12 AM",
                              terminalID: "R2", cashier: "Sam")

        // When it is previewed
        let lines = PrintPreview(columns: 32).lines(of: try ReceiptLayout(columns: 32).document(for: receipt))

        // Then subtotal plus tax make the total, and the short card reference is shown whole
        let totals = lines.firstIndex { $0.hasPrefix("Subtotal") }.map { Array(lines[$0...($0 + 3)]) }
        #expect(totals == [
            "Subtotal                    7.48",
            "Tax                         0.67",
            "T O T A L   U S D       8 . 1 5",
            "Card 9931                   8.15",
        ])
    }
}

