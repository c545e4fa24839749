import Testing
import TillCore

@Suite struct ItemResolverTests {
    let eur = Currency.named("EUR")!
    let catalog: InMemoryCatalog
    let resolver: ItemResolver
    let t = Fixture.monday9

    init() throws {
        var chocolate = Fixture.product("choc", 199)
        chocolate.barcodes = ["4006381333931"]
        chocolate.sku = "CHOC-100"
        var bananas = Fixture.product("bananas", 249, unit: .kilogram)
        bananas.plu = "4011"
        var cheese = Fixture.product("cheese", 1890, unit: .kilogram)
        cheese.barcodes = ["221234"]
        var soup = Fixture.product("soup", 120)
        soup.barcodes = ["042100005264"]
        var fish = Fixture.product("salmon", 2990, unit: .kilogram)
        fish.barcodes = ["09521234543213"]
        catalog = InMemoryCatalog([chocolate, bananas, cheese, soup, fish])
        resolver = ItemResolver(reader: try BarcodeReader(layout: .germany), currency: eur)
    }

    @Test func scannedEANsFindTheirProduct() throws {
        #expect(try resolver.resolve("4006381333931\r\n", in: catalog).product.name == "choc")
        #expect(try resolver.resolve("]E04006381333931", in: catalog).source == .barcode)
    }

    @Test func upcAAndUPCEFindTheSameProductAsTheirEAN13Form() throws {
        #expect(try resolver.resolve("04252614", in: catalog).product.name == "soup")
        #expect(try resolver.resolve("0042100005264", in: catalog).product.name == "soup")
    }

    @Test func shortDigitsArePLUs() throws {
        let item = try resolver.resolve("4011", in: catalog)
        #expect(item.product.name == "bananas")
        #expect(item.source == .plu)
        #expect(throws: ItemError.unknownPLU("999")) { try resolver.resolve("999", in: catalog) }
    }

    @Test func aBadCheckDigitIsAnErrorNeverAnotherItem() throws {
        #expect(throws: ItemError.barcode(.badCheckDigit(expected: 1, found: 2))) {
            try resolver.resolve("4006381333932", in: catalog)
        }
        #expect(throws: ItemError.unknownBarcode("5901234123457")) { try resolver.resolve("5901234123457", in: catalog) }
    }

    @Test func priceEmbeddedLabelsSellThePackAtThePrintedPrice() throws {
        // Germany 22: item 221234, verifier 2, price 001.99
        let item = try resolver.resolve("2212342001999", in: catalog)
        #expect(item.product.name == "cheese")
        #expect(item.labelPrice == 199)
        var cart = Cart(currency: eur, openedAt: t)
        try cart.add(item, multiplier: 2, at: t)
        #expect(try Fixture.swissContext().price(cart).lines[0].gross == 398)
    }

    @Test func gs1WeightBecomesTheQuantity() throws {
        let item = try resolver.resolve("]C10109521234543213" + "3103001250", in: catalog)
        #expect(item.product.name == "salmon")
        #expect(item.quantity == .grams(1250))
    }

    @Test func skuAndIdAreTheFallback() throws {
        #expect(try resolver.resolve("CHOC-100", in: catalog).source == .sku)
        #expect(try resolver.resolve("choc", in: catalog).source == .id)
        #expect(throws: ItemError.unknownCode("nothing")) { try resolver.resolve("nothing", in: catalog) }
        #expect(throws: ItemError.empty) { try resolver.resolve("  ", in: catalog) }
    }

    @Test func replacingAProductDropsItsOldKeys() {
        var copy = catalog
        var chocolate = catalog.product(sku: "CHOC-100")!
        chocolate.barcodes = ["5901234123457"]
        copy.insert(chocolate)
        #expect(copy.product(barcode: "04006381333931") == nil)
        #expect(copy.product(barcode: "05901234123457")?.name == "choc")
    }
}
