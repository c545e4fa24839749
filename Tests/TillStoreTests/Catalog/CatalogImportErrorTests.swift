import Foundation
import Testing
import TillCore
@testable import TillStore

@Suite struct CatalogImportErrorTests {
    @Test func aBadPriceNamesTheLineTheColumnAndTheText() throws {
        let store = try makeCatalogStore()

        let errors = rowErrors { try store.importCSV("sku,name,price,tax\nA,Apple,1.00,red\nB,Bread,\"3,5x\",red\n") }

        #expect(errors.count == 1)
        #expect(errors.first?.line == 3)
        #expect(errors.first?.column == "price")
        #expect(errors.first?.description.hasPrefix("line 3: price: \"3,5x\" is not an amount") == true)
    }

    @Test func lineNumbersCountTheLinesInsideQuotedFields() throws {
        let store = try makeCatalogStore()
        let file = "sku,name,price,tax\nA,\"Apple\nwith\nthree lines\",1.00,red\nB,Bread,oops,red\n"

        let errors = rowErrors { try store.importCSV(file) }

        #expect(errors.map(\.description) == [#"line 5: price: "oops" is not an amount ('o' is not a digit or a decimal separator)"#])
    }

    @Test func everyBadRowAndCellIsReportedNotJustTheFirst() throws {
        let store = try makeCatalogStore()
        let file = """
            sku,name,price,tax,unit,plu,open_price,min_age,barcodes,price_per
            A,,-1,red,box,123456,maybe,old,4006381333932,2.5
            B,Bread,1,red,each,,,,,
            ,Cake,1,,each,,,,,

            """

        let errors = rowErrors { try store.importCSV(file) }

        #expect(errors.map(\.description) == [
            "line 2: name: is empty",
            "line 2: price: \"-1\" is negative",
            "line 2: barcodes: \"4006381333932\" has check digit 2, expected 1",
            "line 2: unit: \"box\" is not a unit (each or kg)",
            "line 2: plu: \"123456\" is not a PLU (1 to 5 digits)",
            "line 2: price_per: \"2.5\" is not a whole number of items",
            "line 2: open_price: \"maybe\" is not yes or no",
            "line 2: min_age: \"old\" is not an age in years",
            "line 4: tax: is empty: name a tax class (a zero-rate class for untaxed goods)",
            "line 4: sku: is empty",
        ])
        #expect(try store.allProducts().isEmpty)
    }

    @Test func aTaxClassTheStoreDoesNotHaveIsARowError() throws {
        let store = try makeCatalogStore()

        let errors = rowErrors { try store.importCSV("sku,name,price,tax\nA,Apple,1,red|vat20\nB,Bread,1,red|red\n") }

        #expect(errors.map(\.description) == [
            "line 2: tax: \"vat20\" is not a tax class of this store (it has: city, red, std)",
            "line 3: tax: \"red\" is listed twice",
        ])
    }

    @Test func unknownAndMissingColumnsAreReportedOnLineOne() throws {
        let store = try makeCatalogStore()

        let errors = rowErrors { try store.importCSV("sku,title,price,colour,price\nA,Apple,1,red,1\n") }

        #expect(errors.map(\.line) == [1, 1, 1])
        #expect(errors[0].reason == "column price appears twice")
        #expect(errors[1].reason.hasPrefix("unknown columns \"title\", \"colour\" (known: sku, name, price, tax,"))
        #expect(errors[2].reason == "missing required columns: name, tax")
    }

    @Test func theSameSKUOrBarcodeTwiceInOneFileIsARowError() throws {
        let store = try makeCatalogStore()
        let file = """
            sku,name,price,tax,barcodes,plu
            A,Apple,1,red,036000291452,7
            B,Bread,1,red,0036000291452,7
            A,Apricot,1,red,,

            """

        let errors = rowErrors { try store.importCSV(file) }

        #expect(errors.map(\.description) == [
            "line 3: barcodes: \"0036000291452\" is the same barcode as one on line 2",
            "line 3: plu: \"7\" is also on line 2",
            "line 4: sku: \"A\" is also on line 2",
        ])
    }

    @Test func aBadRowOnLine5000LeavesTheCatalogUnchanged() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax\nKEEP,Kept as is,9.99,std\n")
        let before = try store.allProducts()
        var file = "sku,name,price,tax\n"
        for index in 2..<5000 {
            file += "P\(index),Product \(index),\(index).50,red\n"
        }
        file += "KEEP,Changed,1.00,nope\n"

        let errors = rowErrors { try store.importCSV(file) }

        #expect(errors.map(\.line) == [5000])
        #expect(try store.allProducts() == before)
        #expect(try store.searchProducts("product").isEmpty)
        #expect(try store.categories().isEmpty)
    }

    @Test func aBarcodeOrPLUHeldByAProductOutsideTheFileIsARowError() throws {
        let store = try makeCatalogStore()
        try store.importCSV("sku,name,price,tax,barcodes,plu\nOLD,Old,1,red,4006381333931,12\n")

        let errors = rowErrors { try store.importCSV("sku,name,price,tax,barcodes,plu\nNEW,New,1,red,4006381333931,12\n") }

        #expect(errors.map(\.description) == [
            "line 2: barcodes: \"4006381333931\" already belongs to SKU \"OLD\"",
            "line 2: plu: \"12\" already belongs to SKU \"OLD\"",
        ])
    }

    @Test func aVariantOfAnUnknownSKUOrOfItselfIsARowError() throws {
        let store = try makeCatalogStore()

        let errors = rowErrors { try store.importCSV("sku,name,price,tax,variant_of\nA,Apple,1,red,NOPE\nB,Bread,1,red,B\n") }

        #expect(errors.map(\.description) == [
            "line 2: variant_of: no product has SKU \"NOPE\"",
            "line 3: variant_of: a product cannot be a variant of itself",
        ])
    }

    @Test func aNewSKUThatIsAnotherProductsIDIsARowError() throws {
        let store = try makeCatalogStore()
        try store.saveProduct(Product(id: "X1", sku: "OTHER", name: "Other", price: 1, taxCodes: ["red"]))

        let errors = rowErrors { try store.importCSV("sku,name,price,tax\nX1,Clash,1,red\n") }

        #expect(errors.map(\.description) == ["line 2: sku: \"X1\" is already the id of the product with SKU \"OTHER\""])
    }

    @Test func aRowWithTheWrongNumberOfFieldsIsARowError() throws {
        let store = try makeCatalogStore()

        let errors = rowErrors { try store.importCSV("sku,name,price,tax\nA,Bread, white,1,red\n") }

        #expect(errors.map(\.line) == [2])
        #expect(errors.first?.reason.hasPrefix("has 5 fields but the header has 4") == true)
    }

    @Test func unreadableFilesAreRowErrors() throws {
        let store = try makeCatalogStore()

        #expect(rowErrors { try store.importCSV("") }.first?.reason.hasPrefix("the file is empty") == true)
        #expect(rowErrors {
            _ = try store.importCatalog(csv: Data([0xFF, 0xFE, 0x73, 0x00]), currency: euro)
        }.first?.reason == "the file is UTF-16 text: save it as CSV UTF-8")
        #expect(rowErrors {
            _ = try store.importCatalog(csv: Data(Array("sku,name,price,tax\nA,Cr".utf8) + [0xE8] + Array("me,1,red\n".utf8)),
                                        currency: euro)
        }.map(\.description) == ["line 2: the text is not UTF-8: save the file as CSV UTF-8"])
        #expect(rowErrors { try store.importCSV("sku,name,price,tax\nA,\"Apple,1,red\n") }.map(\.description)
                == ["line 2: a quoted field is never closed: a \" is missing"])
    }

    @Test func aDryRunReportsTheSameErrors() throws {
        let store = try makeCatalogStore()
        let file = "sku,name,price,tax\nA,Apple,x,red\nB,Bread,1,zzz\n"

        #expect(rowErrors { try store.importCSV(file, dryRun: true) } == rowErrors { try store.importCSV(file) })
    }
}
