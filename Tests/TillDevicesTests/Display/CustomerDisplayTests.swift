import Testing
import TillCore
import TillDevices

/// Bytes for an Epson-mode 2×20 pole display, checked against the command table in hardware.md §6.
@Suite struct CustomerDisplayTests {
    static let chf = Currency(code: "CHF", exponent: 2)
    static let time = LocalTime(weekday: 1, hour: 8, minute: 0)

    /// A cart with a 9.20 sandwich, then a 3.20 flat white rung up last.
    static func cart() throws -> (Cart, PricingContext) {
        let table = try TaxTable([TaxClass(code: "std", rate: TaxRate(percent: "8.1"))])
        let context = PricingContext(currency: chf, tax: TaxCalculator(table: table, policy: TaxPolicy(mode: .inclusive)),
                                     cashIncrement: 5)
        var cart = Cart(currency: chf, openedAt: time)
        try cart.add(Product(id: "s", sku: "s", name: "Sandwich", price: 920, taxCodes: ["std"]), at: time)
        try cart.add(Product(id: "f", sku: "f", name: "Flat white", price: 320, taxCodes: ["std"]), at: time)
        return (cart, context)
    }

    /// `US $ 1 row` followed by the text.
    static func at(row: UInt8, _ text: String) -> [UInt8] {
        [0x1F, 0x24, 0x01, row] + Array(text.utf8)
    }

    @Test func initialiseResetsAndSelectsOverwriteMode() {
        #expect(CustomerDisplay().initialise() == [0x1B, 0x40, 0x1F, 0x01])
        #expect(CustomerDisplay().clear() == [0x0C])
    }

    @Test func anItemRungShowsItsPriceAndTheRunningTotal() throws {
        // Given the cart after the flat white was rung up
        let (cart, context) = try Self.cart()
        let priced = try context.price(cart)

        // When the display is told what the cart shows
        let lines = DisplayLines(cart: priced, payment: nil, idle: .centred("Welcome"))
        let bytes = CustomerDisplay().show(lines)

        // Then line 1 has the item and its price flush right, line 2 the total, each 20 columns
        #expect(bytes == Self.at(row: 1, "Flat white      3.20") + Self.at(row: 2, "TOTAL          12.40"))
    }

    @Test func changeIsShownOncePaid() throws {
        // Given the cart paid with a 20 franc note
        var (cart, context) = try Self.cart()
        let payment = try cart.addTender(.cash, amount: 2000, context: context)

        // When the display is told
        let lines = DisplayLines(cart: try context.price(cart), payment: payment, idle: .centred("Welcome"))

        // Then it shows the total and the change
        #expect(CustomerDisplay().show(lines) == Self.at(row: 1, "TOTAL          12.40") + Self.at(row: 2, "CHANGE          7.60"))
    }

    @Test func partPaymentShowsWhatIsLeftToPay() throws {
        // Given 10.00 paid by card towards 12.40
        var (cart, context) = try Self.cart()
        let payment = try cart.addTender(.card, amount: 1000, context: context)

        // When the display is told
        let lines = DisplayLines(cart: try context.price(cart), payment: payment, idle: .centred("Welcome"))

        // Then it shows the total and the rest
        #expect(lines == DisplayLines(top: "TOTAL CHF      12.40", bottom: "TO PAY          2.40"))
    }

    @Test func anEmptyCartShowsTheIdleGreeting() {
        #expect(DisplayLines(cart: nil, payment: nil, idle: .centred("Welcome", "Café Linde"))
                == DisplayLines(top: "      Welcome       ", bottom: "     Cafe Linde     "))
    }

    @Test func throughThePrinterEveryCommandIsRoutedToTheDisplayAndBack() {
        // Given a display chained behind the printer
        let display = CustomerDisplay(throughPrinter: true)

        // When it is initialised and shown a thank-you
        let start = display.initialise()
        let thanks = display.show(.centred("Thank you!"))

        // Then each is wrapped in ESC = 2 … ESC = 1
        #expect(start == [0x1B, 0x3D, 0x02, 0x1B, 0x40, 0x1F, 0x01, 0x1B, 0x3D, 0x01])
        #expect(thanks == [0x1B, 0x3D, 0x02] + Self.at(row: 1, "     Thank you!     ") + Self.at(row: 2, String(repeating: " ", count: 20))
                + [0x1B, 0x3D, 0x01])
    }
}
