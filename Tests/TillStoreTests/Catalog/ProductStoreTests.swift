import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct ProductStoreTests {
    static let latte = Product(
        id: "latte", sku: "LAT-1", name: "Caffè latte", brand: "House", categoryID: "coffee", price: 420,
        taxCodes: ["std", "city", "red"], barcodes: ["4006381333931", "221234", "INT-77"], plu: "101",
        openPrice: false, minimumAge: nil,
        modifierGroups: [ModifierGroup(id: "milk", name: "Milk", minChoices: 1, options: [
            ModifierOption(id: "whole", name: "Whole"), ModifierOption(id: "oat", name: "Oat", priceDelta: 50),
        ])],
        availability: [TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (7, 0), to: (11, 30))],
        timedPrices: [TimedPrice(window: TimeWindow(from: (15, 0), to: (17, 0)), price: 350)])

    private func storeWithLatte() throws -> AppDatabase {
        let store = try makeCatalogStore()
        try store.saveCategory(Category(id: "coffee", name: "Coffee"))
        try store.saveProduct(Self.latte)
        return store
    }

    @Test func aSavedProductReadsBackEqualWithItsTaxesInOrder() throws {
        let store = try storeWithLatte()

        #expect(try store.product(id: "latte") == Self.latte)
    }

    @Test func findsAProductByEachBarcodeFormSKUAndPLU() throws {
        let store = try storeWithLatte()

        #expect(try store.product(barcode: "4006381333931")?.id == "latte")
        #expect(try store.product(barcode: "04006381333931")?.id == "latte")
        #expect(try store.product(barcode: "221234")?.id == "latte")
        #expect(try store.product(barcode: "INT-77")?.id == "latte")
        #expect(try store.product(sku: "LAT-1")?.id == "latte")
        #expect(try store.product(plu: "101")?.id == "latte")
        #expect(try store.product(barcode: "4006381333932") == nil)
        #expect(try store.product(sku: "latte") == nil)
        #expect(try store.product(plu: "102") == nil)
    }

    @Test func aUPCAProductIsFoundFromItsEAN13ScanAndBack() throws {
        let store = try makeCatalogStore()
        try store.saveProducts([
            Product(id: "cola", sku: "COLA", name: "Cola", price: 150, taxCodes: ["std"], barcodes: ["036000291452"]),
            Product(id: "soap", sku: "SOAP", name: "Soap", price: 250, taxCodes: ["std"], barcodes: ["0012345678905"]),
        ])
        let resolver = ItemResolver(reader: try BarcodeReader(), currency: euro)

        #expect(try resolver.resolve("0036000291452", in: store).product.id == "cola")
        #expect(try resolver.resolve("036000291452", in: store).product.id == "cola")
        #expect(try resolver.resolve("012345678905", in: store).product.id == "soap")
    }

    @Test func theResolverFindsPLUsAndSKUsThroughTheStore() throws {
        let store = try storeWithLatte()
        let resolver = ItemResolver(reader: try BarcodeReader(), currency: euro)

        #expect(try resolver.resolve("101", in: store).source == .plu)
        #expect(try resolver.resolve("LAT-1", in: store).source == .sku)
        #expect(throws: ItemError.unknownPLU("999")) { try resolver.resolve("999", in: store) }
    }

    @Test func savingAgainUpdatesTheKeysAndTheSearchEntry() throws {
        let store = try storeWithLatte()
        var renamed = Self.latte
        renamed.name = "Flat white"
        renamed.barcodes = ["036000291452"]
        renamed.plu = nil
        renamed.taxCodes = ["red"]

        try store.saveProduct(renamed)

        #expect(try store.product(id: "latte") == renamed)
        #expect(try store.product(barcode: "04006381333931") == nil)
        #expect(try store.product(plu: "101") == nil)
        #expect(try store.product(barcode: "00036000291452")?.id == "latte")
        #expect(try store.searchProducts("latte").isEmpty)
        #expect(try store.searchProducts("flat").map(\.id) == ["latte"])
    }

    @Test func renamingACategoryRefilesItsProductsForSearch() throws {
        let store = try storeWithLatte()

        try store.saveCategory(Category(id: "coffee", name: "Hot drinks"))

        #expect(try store.searchProducts("hot drinks").map(\.id) == ["latte"])
        #expect(try store.searchProducts("coffee").isEmpty)
    }

    @Test func aBarcodeAnotherProductHoldsIsRefusedAndNothingIsSaved() throws {
        let store = try storeWithLatte()
        let thief = Product(id: "tea", sku: "TEA", name: "Tea", price: 300, taxCodes: ["std"], barcodes: ["04006381333931"])

        #expect(throws: StoreError.self) { try store.saveProduct(thief) }
        #expect(try store.product(id: "tea") == nil)
        #expect(try store.searchProducts("tea").isEmpty)
    }

    @Test func aCategoryListsItsProductsByNameThroughItsIndex() throws {
        // Given the latte, an espresso and an americano, beside a tart in another category
        let store = try storeWithLatte()
        try store.saveCategory(Category(id: "cakes", name: "Cakes"))
        try store.saveProducts([
            Product(id: "espresso", sku: "ESP", name: "Espresso", categoryID: "coffee", price: 300, taxCodes: ["std"]),
            Product(id: "americano", sku: "AME", name: "Americano", categoryID: "coffee", price: 350, taxCodes: ["std"]),
            Product(id: "tart", sku: "TRT", name: "Apple tart", categoryID: "cakes", price: 450, taxCodes: ["red"]),
        ])
        // Then the coffee category lists its three by name, whole, and a limit cuts the list
        #expect(try store.products(inCategory: "coffee", limit: 10).map(\.name) == ["Americano", "Caffè latte", "Espresso"])
        #expect(try store.products(inCategory: "coffee", limit: 10).dropFirst().first == Self.latte)
        #expect(try store.products(inCategory: "coffee", limit: 2).map(\.id) == ["americano", "latte"])
        #expect(try store.products(inCategory: "cakes", limit: 10).map(\.id) == ["tart"])
        #expect(try store.products(inCategory: "tea", limit: 10).isEmpty)
        let plan = try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN \(ProductRow.byCategory)", arguments: ["coffee", 10]).map { $0["detail"] as String }
        }
        #expect(plan.first == "SEARCH product USING INDEX product_by_category (category_id=?)")
        #expect(plan.filter { $0.hasPrefix("USE TEMP B-TREE") } == ["USE TEMP B-TREE FOR ORDER BY"], "only the tax codes sort: \(plan)")
    }

    @Test func anUnknownTaxClassIsRefusedAtCommit() throws {
        let store = try makeCatalogStore()

        #expect(throws: StoreError.self) {
            try store.saveProduct(Product(id: "x", sku: "X", name: "X", price: 1, taxCodes: ["vat99"]))
        }
        #expect(try store.product(id: "x") == nil)
    }
}
