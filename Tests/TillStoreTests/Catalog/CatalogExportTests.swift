import Foundation
import Testing
import TillCore
@testable import TillStore

@Suite struct CatalogExportTests {
    static let awkward = """
        sku;name;price;tax;category;barcodes;unit;plu;brand;price_per;open_price;min_age;sold_out;variant_of
        TEE;T-shirt;10,00;std;Clothes, kids;;each;;;1;no;;no;
        TEE-S;"T-shirt ""S""; small";10,5;std|city;Clothes, kids;4006381333931 221234;each;7;Acme;3;yes;16;yes;TEE
        HAM;"Ham
        sliced";19,90;red;Deli;;kg;;;0,1;no;0;no;

        """

    @Test func exportThenImportIntoAnotherStoreGivesEqualProducts() throws {
        let source = try makeCatalogStore()
        try source.importCSV(Self.awkward)

        let exported = try source.exportCatalog(currency: euro)
        let copy = try makeCatalogStore()
        let report = try copy.importCSV(exported)

        #expect(report.added == 3)
        #expect(try copy.allProducts() == source.allProducts())
        #expect(try copy.categories() == source.categories())
        #expect(try source.importCSV(exported) == CatalogImportReport(rows: 3, unchanged: 3))
    }

    @Test func writesTheDocumentedColumnsWithADecimalPointAndQuotesWhereNeeded() throws {
        let store = try makeCatalogStore()
        try store.importCSV(Self.awkward)

        let lines = try store.exportCatalog(currency: euro).split(separator: "\n", omittingEmptySubsequences: false)

        #expect(lines[0] == "sku,name,price,tax,category,barcodes,unit,plu,brand,price_per,open_price,min_age,sold_out,variant_of")
        #expect(lines[1] == "HAM,\"Ham")
        #expect(lines[2] == "sliced\",19.90,red,Deli,,kg,,,0.100,no,,no,")
        #expect(lines[3] == "TEE,T-shirt,10.00,std,\"Clothes, kids\",,each,,,1,no,,no,")
        #expect(lines[4] == "TEE-S,\"T-shirt \"\"S\"\"; small\",10.50,std|city,\"Clothes, kids\",4006381333931|221234,each,7,Acme,3,yes,16,yes,TEE")
        #expect(lines[5] == "")
    }

    @Test func writesAFileInChunksAndCountsTheProducts() throws {
        try withTemporaryFolder { folder in
            let store = try makeCatalogStore()
            var file = "sku,name,price,tax\n"
            for index in 0..<3000 {
                file += "SKU\(index),A product with a long enough name \(index),\(index).25,red\n"
            }
            try store.importCSV(file)
            let path = folder.appending(path: "export.csv").path

            let count = try store.exportCatalog(file: path, currency: euro)

            #expect(count == 3000)
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written == (try store.exportCatalog(currency: euro)))
            #expect(written.utf8.count > 1 << 17)
        }
    }

    @Test func aFileThatCannotBeCreatedIsReported() throws {
        let store = try makeCatalogStore()

        #expect(throws: CatalogCSVError.cannotWrite(path: "/nonexistent/dir/x.csv", reason: "No such file or directory")) {
            try store.exportCatalog(file: "/nonexistent/dir/x.csv", currency: euro)
        }
    }
}
