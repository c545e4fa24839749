import Testing
import TillCore
import TillDevices

/// Refund slips say REFUND, name the receipt they refund, and show money going back as negative.
@Suite struct ReceiptRefundSlipTests {
    @Test func aPartialRefundAgainstTheCafeSale() throws {
        // Given one of the two cappuccinos and the apples from the café sale, given back in cash
        let order = try ReceiptFixture.order()
        let refund = try RefundCalculator.against(order, items: [1: .each(1), 2: .grams(452)], cashIncrement: 5)
        let receipt = Receipt(.refund(refund, originalReceiptNumber: "1042"), header: ["Café Linde"], number: "1043",
                              dateTime: "15.03.2025 10:30", terminalID: "T1", cashier: "Anna")

        // When it is laid out and previewed
        let lines = PrintPreview(columns: 32).lines(of: try ReceiptLayout(columns: 32).document(for: receipt))

        // Then it reads as worked out by hand: half the discounted cappuccino less its share of the
        // order discount (9.82 / 2 = 4.91), the apples less theirs (1.69), refunded to the card first
        #expect(lines == [
            "      C a f é   L i n d e",
            "          R E F U N D",
            "     Original receipt 1042",
            "--------------------------------",
            "Cappuccino                 -4.91",
            "Äpfel Gala                 -1.69",
            "  Quantity 0.452",
            "--------------------------------",
            "R E F U N D   C H F   - 6 . 6 0",
            "Card ****4821              -6.60",
            "--------------------------------",
            "Tax rate            Net      Tax",
            "2.6%              -1.65    -0.04",
            "8.1%              -4.54    -0.37",
            "--------------------------------",
            "15.03.2025 10:30    Receipt 1043",
            "Cashier Anna         Terminal T1",
            "------------- cut --------------",
        ])
    }

    @Test func aReturnWithoutReceiptSaysSo() throws {
        // Given a Gipfeli returned without a receipt, paid back in cash
        let context = try ReceiptFixture.context()
        var cart = Cart(currency: ReceiptFixture.chf, openedAt: ReceiptFixture.morning)
        try cart.add(ReceiptFixture.product("Gipfeli", 192, tax: "reduced"), at: ReceiptFixture.morning)
        let refund = try RefundCalculator.withoutReceipt(cart, context: context)
        let receipt = Receipt(.refund(refund, originalReceiptNumber: nil), header: ["Café Linde"], number: "1044",
                              dateTime: "15.03.2025 10:31", terminalID: "T1", cashier: "Anna")

        // When it is previewed
        let lines = PrintPreview(columns: 42).lines(of: try ReceiptLayout(columns: 42).document(for: receipt))

        // Then it says so, and the 1.92 refund is paid out as 1.90 in cash
        #expect(lines.contains("             Without receipt"))
        #expect(lines.contains("Cash rounding                         0.02"))
        #expect(lines.contains("Cash                                 -1.90"))
        #expect(!lines.contains { $0.contains("[QR") })
    }
}
