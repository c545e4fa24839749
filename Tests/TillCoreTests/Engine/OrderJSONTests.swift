import Foundation
import Testing
import TillCore

/// The hand-written order and cart documents are the bytes `JSONEncoder` with `.sortedKeys` writes,
/// so `Codable` reads them, and documents stored before and after the switch are the same text.
@Suite struct OrderJSONTests {
    @Test func randomOrdersAndCartsAreWrittenAsJSONEncoderWritesThem() throws {
        var rng = SplitMix64(seed: 11)
        var orders = 0
        for index in 0..<300 {
            // Given a random cart, open and then paid
            var sale = try RandomSale(&rng)
            try expectWrittenAsEncoded(sale.cart)
            guard !sale.cart.isEmpty else { continue }
            _ = try sale.pay(&rng)
            let order = try sale.cart.complete(id: "sale-\(index)", staffID: "staff-\(index % 3)", training: index % 7 == 0,
                                               context: sale.context)
            // Then both documents are the encoder's, and read back as what was written
            try expectWrittenAsEncoded(sale.cart)
            try expectWrittenAsEncoded(order)
            orders += 1
        }
        #expect(orders > 250)
    }

    @Test func everyOptionalMemberEveryDiscountAndEveryTenderKind() throws {
        // Given an order that sets every optional member
        let order = try OrderJSONFixture.fullOrder()
        let document = order.jsonDocument()
        // Then it is the encoder's document and reads back as the same order
        try expectWrittenAsEncoded(order)
        try expectWrittenAsEncoded(order.cart)
        // And the fixture really does reach every member that may be left out, and every enum case
        for member in [#""approvedBy""#, #""categoryID""#, #""customerID""#, #""minimumAge""#, #""reference""#,
                       #""orderDiscount":{"#, #""discount":{"percent":{"basisPoints""#, #""discount":{"amount":{"_0""#,
                       #""modifiers":[{"#, #""promotions":[{"#, #"{"cash":{}}"#, #"{"card":{}}"#, #"{"voucher":{}}"#,
                       #"{"storeCredit":{}}"#, #"{"other":{"_0""#, #""voided":true"#, #""unit":"kg""#,
                       #""training":true"#, #""owed":{"giftCard":{"_0":"GIFT-7"}}"#, #""owed":{"tip":{"_0":"staff \"1\""}}"#] {
            #expect(document.contains(member), "\(member) is missing")
        }
        #expect(order.cart.lines.contains { $0.priceOverride != nil && $0.priceOverride?.approvedBy == nil })
        #expect(order.cart.tenders.contains { $0.reference == nil })
    }

    @Test func taxCodesAreSortedByTheirUTF8Bytes() throws {
        // Given tax codes that `String`'s `<` orders otherwise ("e" + combining acute sorts after "f" by
        // `String`, before it by bytes), as a line's tax amounts by code
        let order = try OrderJSONFixture.fullOrder()
        let codes = try #require(order.priced.lines.first { $0.tax.keys.contains("e\u{301}") }).tax.keys
        #expect(codes.sorted() != codes.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // Then the order's document still matches the encoder's
        #expect(order.jsonDocument() == (try Self.encoded(order)))
    }

    @Test func everyASCIICharacterAndSomeOthersAreEscapedAsTheEncoderEscapesThem() throws {
        // Given a line named with every ASCII character, then non-ASCII ones JSON may or may not escape
        var name = String(String.UnicodeScalarView((0..<0x80).compactMap(Unicode.Scalar.init)))
        name += "é e\u{301} ß 😀 \u{2028}\u{2029}\u{FEFF} 中"
        var cart = Cart(currency: Fixture.chf, openedAt: Fixture.monday9)
        try cart.add(Product(id: ProductID(name), sku: name, name: name, price: 100, taxCodes: [name]), at: Fixture.monday9)
        // Then the cart's document is the encoder's, byte for byte
        try expectWrittenAsEncoded(cart)
        #expect(cart.jsonDocument().contains(#"\u0000\u0001"#))
        #expect(cart.jsonDocument().contains(#"\b\t\n\u000b\f\r\u000e"#))
        #expect(cart.jsonDocument().contains(#"-.\/0"#))
    }

    @Test func aDocumentStoredBeforeTheWriterReadsBackAndIsWrittenAgainTheSame() throws {
        // Given an order document as `JSONEncoder` stored it before orders were written by hand
        let stored = OrderJSONFixture.storedDocument
        // When it is read back
        let order = try JSONDecoder().decode(Order.self, from: Data(stored.utf8))
        // Then writing the order gives the same text again
        #expect(order.jsonDocument() == stored)
        #expect(order == (try OrderJSONFixture.smallOrder()))
    }

    /// The document `value` had from `JSONEncoder`, as the store encoded orders and carts before.
    static func encoded(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func expectWrittenAsEncoded(_ order: Order, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = order.jsonDocument()
        #expect(document == (try Self.encoded(order)), sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(Order.self, from: Data(document.utf8)) == order, sourceLocation: sourceLocation)
    }

    private func expectWrittenAsEncoded(_ cart: Cart, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let document = cart.jsonDocument()
        #expect(document == (try Self.encoded(cart)), sourceLocation: sourceLocation)
        #expect(try JSONDecoder().decode(Cart.self, from: Data(document.utf8)) == cart, sourceLocation: sourceLocation)
    }
}
