import Testing
@testable import TillApp
import TillCore

/// The generated catalog: repeatable for a seed, realistic, and every barcode one a scanner reads.
@Suite struct DemoCatalogTests {
    @Test func theSameSeedMakesTheSameCatalogAndAnotherSeedAnother() {
        // Given two catalogs of one seed and one of another
        let first = Array(DemoCatalog(seed: 7).prefix(600))
        let again = Array(DemoCatalog(seed: 7).prefix(600))
        let other = Array(DemoCatalog(seed: 8).prefix(600))

        // Then the seed alone decides the products, fixed items aside
        #expect(first == again)
        let fixed = DemoCatalog.fixed.count
        #expect(Array(first[..<fixed]) == Array(other[..<fixed]))
        #expect(Array(first[fixed...]) != Array(other[fixed...]))
        // and a longer catalog starts with the shorter one
        #expect(Array(DemoCatalog(seed: 7).prefix(300)) == Array(first.prefix(300)))
    }

    @Test func theHandWrittenItemsComeFirstExactlyAsWritten() {
        let handWritten = DemoStore.catalog.products.count
        let products = Array(DemoCatalog(seed: DemoOptions.defaultSeed).prefix(handWritten))
        #expect(products == DemoStore.catalog.products.values.sorted { $0.id < $1.id })
    }

    @Test func everyBarcodeIsAValidUniqueEAN13AndEveryCodeUnique() throws {
        // Given the first 20,000 products of a catalog
        let products = Array(DemoCatalog(seed: 42).prefix(20_000))

        // Then every generated grocery item has one EAN-13 with the right check digit, outside the in-store prefixes
        let generated = products.dropFirst(DemoCatalog.fixed.count)
        #expect(generated.allSatisfy { $0.barcodes.count == 1 })
        for code in generated.flatMap(\.barcodes) {
            let gtin = try GTIN(code, kind: .ean13)
            #expect(gtin.digits == code)
            #expect(!(20...29).contains(Int(code.prefix(2)) ?? 0), "\(code) is an in-store code")
        }
        // and no two products share a barcode, a PLU or a SKU
        let barcodes = products.flatMap(\.barcodes)
        #expect(Set(barcodes).count == barcodes.count)
        let plus = products.compactMap(\.plu)
        #expect(Set(plus).count == plus.count)
        #expect(Set(products.map(\.sku)).count == products.count)
    }

    @Test func itemsSitInTheirAislesWithTheirTaxAgeAndHappyHour() {
        let products = Array(DemoCatalog(seed: 3).prefix(3_000))
        let categories = Set(DemoCatalog.categories(forCount: products.count).map(\.id))
        #expect(products.allSatisfy { categories.contains($0.categoryID ?? "") })
        let food = ["dairy", "drinks", "grocery", "snacks", "frozen", "produce", "deli"]
        #expect(products.filter { food.contains($0.categoryID ?? "") }.allSatisfy { $0.taxCodes == ["reduced"] })
        #expect(products.filter { ["household", "care", "wine"].contains($0.categoryID ?? "") }.allSatisfy { $0.taxCodes == ["standard"] })
        let restricted = products.filter { $0.minimumAge != nil }
        #expect(!restricted.isEmpty && restricted.allSatisfy { ["beer", "wine"].contains($0.categoryID ?? "") })
        #expect(restricted.contains { $0.minimumAge == 18 } && restricted.contains { $0.minimumAge == 16 })
        let beers = products.filter { $0.categoryID == "beer" && $0.sku.hasPrefix("G") }
        #expect(!beers.isEmpty && beers.allSatisfy { beer in beer.timedPrices.first.map { $0.price < beer.price } ?? false })
        #expect(products.filter { $0.unit == .kilogram }.allSatisfy { $0.plu != nil && $0.barcodes.isEmpty })
    }
}
