import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct CatalogImportTests {
    static let header = "sku,name,price,tax,category,barcodes,unit,plu,brand,price_per,open_price,min_age,sold_out,variant_of\n"

    @Test func importsAProductFromEveryColumn() throws {
        let store = try makeCatalogStore()

        let report = try store.importCSV(Self.header
            + "WINE-1,Rioja Reserva,12.90,std|city,Wine,4006381333931 221234,each,,Bodegas,1,no,18,no,\n")

        #expect(report == CatalogImportReport(rows: 1, added: 1, categoriesAdded: 1))
        let expected = Product(
            id: "WINE-1", sku: "WINE-1", name: "Rioja Reserva", brand: "Bodegas", categoryID: "wine", price: 1290,
            taxCodes: ["std", "city"], barcodes: ["4006381333931", "221234"], minimumAge: 18)
        #expect(try store.product(sku: "WINE-1") == expected)
        #expect(try store.categories() == [Category(id: "wine", name: "Wine")])
    }

    @Test func readsAnExcelSemicolonFileWithBOMDecimalCommasAndCRLF() throws {
        let store = try makeCatalogStore()
        let text = "sku;name;price;tax\r\nCROIS;Croissant;1,20;red\r\nCAKE;\"Cake; lemon\";3,5;red\r\n"

        let report = try store.importCatalog(csv: Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), currency: euro)

        #expect(report.added == 2)
        #expect(try store.product(sku: "CROIS")?.price == 120)
        #expect(try store.product(sku: "CAKE")?.name == "Cake; lemon")
        #expect(try store.product(sku: "CAKE")?.price == 350)
    }

    @Test func quotedFieldsKeepLineBreaksAndQuotes() throws {
        let store = try makeCatalogStore()

        try store.importCSV("sku,name,price,tax\nPIE,\"Apple \"\"Grandma\"\"\npie\",4.00,red\n")

        #expect(try store.product(sku: "PIE")?.name == "Apple \"Grandma\"\npie")
    }

    @Test func blankLinesAreSkippedNotCounted() throws {
        let store = try makeCatalogStore()

        let report = try store.importCSV("\nsku,name,price,tax\nA,Apple,1,red\n\n,,,\nB,Bread,2,red\n\n\n")

        #expect(report.rows == 2)
        #expect(report.added == 2)
    }

    @Test func headerNamesIgnoreCaseOrderAndSpelling() throws {
        let store = try makeCatalogStore()

        try store.importCSV("Tax Class,PRICE, Name ,SKU,Price-Per,Unit\nred,4.50,Grapes,GRP,0.5,KG\n")

        let grapes = try #require(try store.product(sku: "GRP"))
        #expect(grapes.taxCodes == ["red"])
        #expect(grapes.unit == .kilogram)
        #expect(grapes.pricedPer == .grams(500))
        #expect(grapes.price == 450)
    }

    @Test func aWeighedProductIsPricedPerKilogramByDefault() throws {
        let store = try makeCatalogStore()

        try store.importCSV("sku,name,price,tax,unit\nAPL,Apples,2.99,red,kg\n")

        #expect(try store.product(sku: "APL")?.pricedPer == .grams(1000))
    }

    @Test func reimportingUpdatesBySKUAndCountsWhatChanged() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax\nA,Apple,1.00,red\nB,Bread,2.00,red\nC,Cheese,3.00,std\n")

        let report = try store.importCSV("sku,name,price,tax\nA,Apple,1.00,red\nB,Brioche,2.40,red\nD,Dates,4.00,red\n")

        #expect(report == CatalogImportReport(rows: 3, added: 1, updated: 1, unchanged: 1))
        #expect(try store.product(sku: "B")?.name == "Brioche")
        #expect(try store.product(sku: "B")?.id == "B")
        #expect(try store.product(sku: "C")?.price == 300)
        #expect(try store.searchProducts("brio").map(\.sku) == ["B"])
        #expect(try store.searchProducts("bread").isEmpty)
    }

    @Test func reimportMatchesBySKUWhateverTheProductsID() throws {
        let store = try makeCatalogStore()
        try store.saveProduct(Product(id: "p-17", sku: "MILK", name: "Milk", price: 120, taxCodes: ["red"]))

        try store.importCSV("sku,name,price,tax\nMILK,Milk 1 l,1.25,red\n")

        #expect(try store.product(id: "p-17")?.name == "Milk 1 l")
        #expect(try store.allProducts().count == 1)
    }

    @Test func columnsTheFileLeavesOutKeepTheirValuesEmptyCellsClearThem() throws {
        let store = try makeCatalogStore()
        try store.importCSV(Self.header + "BEER,Lager,2.50,std,Beer,4006381333931,each,42,Brew Co,1,no,16,no,\n")

        try store.importCSV("sku,name,price,tax\nBEER,Lager 33 cl,2.60,std\n")
        let kept = try #require(try store.product(sku: "BEER"))
        #expect(kept.barcodes == ["4006381333931"])
        #expect(kept.plu == "42")
        #expect(kept.minimumAge == 16)
        #expect(kept.categoryID == "beer")

        try store.importCSV("sku,name,price,tax,barcodes,plu,min_age,category,brand\nBEER,Lager,2.60,std,,,,,\n")
        let cleared = try #require(try store.product(sku: "BEER"))
        #expect(cleared.barcodes.isEmpty)
        #expect(cleared.plu == nil)
        #expect(cleared.minimumAge == nil)
        #expect(cleared.categoryID == nil)
        #expect(cleared.brand == nil)
        #expect(try store.product(barcode: "04006381333931") == nil)
    }

    @Test func reimportKeepsWhatTheFileCannotSay() throws {
        let store = try makeCatalogStore()
        let milk = ModifierGroup(id: "milk", name: "Milk", options: [ModifierOption(id: "oat", name: "Oat", priceDelta: 40)])
        try store.saveProduct(Product(id: "LATTE", sku: "LATTE", name: "Latte", price: 380, taxCodes: ["red"],
                                      modifierGroups: [milk]))

        let report = try store.importCSV("sku,name,price,tax\nLATTE,Latte,3.90,red\n")

        #expect(report.updated == 1)
        #expect(try store.product(sku: "LATTE")?.modifierGroups == [milk])
    }

    @Test func aDryRunWritesNothingAndReportsWhatTheImportWould() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax\nA,Apple,1.00,red\nB,Bread,2.00,red\n")
        let file = "sku,name,price,tax,category\nA,Apple,1.00,red,\nB,Bread,2.50,red,Bakery\nC,Cake,3.00,red,Bakery\n"

        let dry = try store.importCSV(file, dryRun: true)

        #expect(dry == CatalogImportReport(rows: 3, added: 1, updated: 1, unchanged: 1, categoriesAdded: 1, dryRun: true))
        #expect(try store.product(sku: "B")?.price == 200)
        #expect(try store.product(sku: "C") == nil)
        #expect(try store.categories().isEmpty)
        var real = try store.importCSV(file)
        real.dryRun = true
        #expect(real == dry)
    }

    @Test func categoriesAreFoundByNameOrSlugAndCreatedOnce() throws {
        let store = try makeCatalogStore()
        try store.saveCategory(Category(id: "bev", name: "Drinks"))

        let report = try store.importCSV("""
            sku,name,price,tax,category
            A,Cola,1,std,Drinks
            B,Water,1,std,drinks
            C,Crème,2,std,Crème & Café
            D,Tart,2,std,creme-cafe

            """)

        #expect(report.categoriesAdded == 1)
        #expect(try store.product(sku: "A")?.categoryID == "bev")
        #expect(try store.product(sku: "B")?.categoryID == "bev")
        #expect(try store.product(sku: "C")?.categoryID == "creme-cafe")
        #expect(try store.product(sku: "D")?.categoryID == "creme-cafe")
        #expect(try store.categories() == [Category(id: "creme-cafe", name: "Crème & Café"), Category(id: "bev", name: "Drinks")])
    }

    @Test func aVariantMayComeBeforeItsParent() throws {
        let store = try makeCatalogStore()

        try store.importCSV("sku,name,price,tax,variant_of\nTEE-S,T-shirt S,10,std,TEE\nTEE,T-shirt,10,std,\n")

        #expect(try store.product(sku: "TEE-S")?.variantOf == "TEE")
    }

    @Test func aBarcodeAndAPLUMayMoveBetweenProductsInOneFile() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax,barcodes,plu\nOLD,Old tea,1,red,4006381333931,12\nNEW,New tea,1,red,,\n")
        let file = "sku,name,price,tax,barcodes,plu\nNEW,New tea,1,red,4006381333931,12\nOLD,Old tea,1,red,,\n"

        let dry = try store.importCSV(file, dryRun: true)
        let report = try store.importCSV(file)

        #expect(report == CatalogImportReport(rows: 2, updated: 2))
        #expect(dry.updated == 2)
        #expect(try store.product(barcode: "04006381333931")?.sku == "NEW")
        #expect(try store.product(plu: "12")?.sku == "NEW")
        #expect(try store.product(sku: "OLD")?.plu == nil)
    }

    @Test func anImportLeavesTheWriterConnectionAsItFoundIt() throws {
        let store = try makeCatalogStore()
        let before = try store.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA temp_store") }

        try store.importCSV("sku,name,price,tax\nA,Apple,1,red\n")
        _ = rowErrors { try store.importCSV("sku,name,price,tax\nA,Apple,x,red\n") }

        #expect(try store.writer.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA temp_store") } == before)
    }

    @Test func importsFromAFile() throws {
        try withTemporaryFolder { folder in
            let store = try makeCatalogStore()
            let path = folder.appending(path: "catalog.csv").path
            try Data("sku,name,price,tax\nA,Apple,1.00,red\n".utf8).write(to: URL(filePath: path))

            #expect(try store.importCatalog(file: path, currency: euro).added == 1)
            #expect(throws: CatalogCSVError.cannotRead(path: path + ".missing", reason: "no such file")) {
                try store.importCatalog(file: path + ".missing", currency: euro)
            }
        }
    }
}

extension CatalogImportReport {
    /// A report with the counts a test expects.
    init(rows: Int, added: Int = 0, updated: Int = 0, unchanged: Int = 0, categoriesAdded: Int = 0, dryRun: Bool = false) {
        self.init(dryRun: dryRun)
        self.rows = rows
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.categoriesAdded = categoriesAdded
    }
}
