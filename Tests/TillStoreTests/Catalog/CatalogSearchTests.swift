import Foundation
import Testing
import TillCore
@testable import TillStore

@Suite struct CatalogSearchTests {
    private func store() throws -> AppDatabase {
        let store = try makeCatalogStore()
        try store.importCSV("""
            sku,name,price,tax,category,brand,barcodes
            CB-1,Chocolate bar,1.50,red,Sweets,Milka,4006381333931
            CB-2,Chocolate cake,4.00,red,Bakery,,
            CR-1,Crème brûlée,3.80,red,Desserts,,
            CR-2,Creme fraiche,2.10,red,Dairy,,
            AP-1,Apple juice,2.00,red,Drinks,Teatime,
            ZT-1,Zesty tea,2.50,red,Drinks,,
            1234,Special offer 1234,1.00,red,,,

            """)
        return store
    }

    @Test func emptyOrWordlessTextFindsNothing() throws {
        let store = try store()

        #expect(try store.searchProducts("").isEmpty)
        #expect(try store.searchProducts("   ").isEmpty)
        #expect(try store.searchProducts("-").isEmpty)
    }

    @Test func everyWordMatchesAsAPrefixOfNameBrandSKUOrCategory() throws {
        let store = try store()

        #expect(try Set(store.searchProducts("choc").map(\.sku)) == ["CB-1", "CB-2"])
        #expect(try store.searchProducts("choc ca").map(\.sku) == ["CB-2"])
        #expect(try store.searchProducts("milka").map(\.sku) == ["CB-1"])
        #expect(try store.searchProducts("bakery").map(\.sku) == ["CB-2"])
        #expect(try store.searchProducts("cr-1").map(\.sku) == ["CR-1"])
    }

    @Test func accentsAndCaseDoNotMatter() throws {
        let store = try store()

        #expect(try Set(store.searchProducts("creme").map(\.sku)) == ["CR-1", "CR-2"])
        #expect(try Set(store.searchProducts("CRÈME").map(\.sku)) == ["CR-1", "CR-2"])
        #expect(try store.searchProducts("brulee").map(\.sku) == ["CR-1"])
        #expect(try store.searchProducts("crème fraî").map(\.sku) == ["CR-2"])
    }

    @Test(arguments: ["\"a\"b*", "AND", "OR", "NOT choc", "-", "choc -cake", "NEAR(choc cake)", "*", "\"", "name:choc",
                      "^choc", "choc AND", "(", "'; DROP TABLE product; --", "a\u{0}b", "🍫"])
    func hostileTextNeverBreaksTheQuery(_ text: String) throws {
        let store = try store()

        _ = try store.searchProducts(text)
        _ = try store.searchProducts(text + "xyz")
    }

    @Test func operatorWordsAreSearchedAsText() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax\nA,Salt AND pepper,1,red\nB,Pepper,1,red\n")

        #expect(try store.searchProducts("and").map(\.sku) == ["A"])
        #expect(try store.searchProducts("salt and").map(\.sku) == ["A"])
    }

    @Test func shortPrefixesListByNameLongerOnesByRank() throws {
        let store = try store()

        #expect(try store.searchProducts("te").map(\.sku) == ["AP-1", "ZT-1"])
        #expect(try store.searchProducts("tea").map(\.sku) == ["ZT-1", "AP-1"])
    }

    @Test func anExactSKUOrBarcodeComesFirst() throws {
        let store = try store()

        #expect(try store.searchProducts("1234").first?.sku == "1234")
        #expect(try store.searchProducts("4006381333931").map(\.sku) == ["CB-1"])
        #expect(try store.searchProducts("04006381333931").map(\.sku) == ["CB-1"])
        #expect(try store.searchProducts("ZT-1").first?.sku == "ZT-1")
    }

    @Test func theLimitIsKept() throws {
        let store = try store()

        #expect(try store.searchProducts("c", limit: 100).isEmpty)
        #expect(try store.searchProducts("cr", limit: 1).count == 1)
        #expect(try store.searchProducts("choc", limit: 1).count == 1)
        #expect(try store.searchProducts("choc", limit: 0).isEmpty)
    }

    @Test func resultsCarryWhatAPickListShows() throws {
        let store = try store()

        #expect(try store.searchProducts("zesty") == [
            ProductSummary(id: "ZT-1", sku: "ZT-1", name: "Zesty tea", price: 250),
        ])
    }

    @Test func queriesAreQuotedPrefixesAndRankedFromThreeCharacters() {
        #expect(SearchQuery("crè bru")?.match == "\"crè\"* \"bru\"*")
        #expect(SearchQuery("crè bru")?.isRanked == true)
        #expect(SearchQuery("crème br")?.isRanked == false)
        #expect(SearchQuery("\"a\"b*")?.match == "\"a\" \"b\"")
        #expect(SearchQuery("coca-cola 1 l")?.match == "\"coca\"* \"cola\"* \"1\" \"l\"")
        #expect(SearchQuery("  -*\" ") == nil)
    }
}
