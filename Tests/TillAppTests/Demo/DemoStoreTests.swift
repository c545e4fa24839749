import Foundation
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The generated demo store as `till demo` builds it: its size, its barcodes, and a history that every
/// report can show while the till itself stays in training.
@Suite struct DemoStoreTests {
    @Test func buildsTheAskedNumberOfProductsAndEveryBarcodeScansToItsProduct() throws {
        // Given a demo store of 500 products and 40 customers
        let fixture = try DemoFixture()
        let options = DemoOptions(products: 500, customers: 40, days: 0, seed: 5)
        let (database, settings) = try fixture.seed(options)

        // Then it holds exactly 500 products, in the generated categories on the menu
        #expect(try DemoFixture.productCount(database) == 500)
        #expect(settings.menuCategories == DemoCatalog.categories(forCount: 500).map(\.id))
        // and every barcode, read as the till reads a scan, finds its own product
        let resolver = ItemResolver(reader: try BarcodeReader(), currency: settings.currency)
        let products = Array(DemoCatalog(seed: options.seed).prefix(options.products))
        for product in products {
            for code in product.barcodes {
                #expect(try resolver.resolve(code, in: database).product.id == product.id, "\(code)")
            }
            if let plu = product.plu { #expect(try database.product(plu: plu)?.id == product.id) }
        }
        // and a loyalty card or a phone number finds its customer
        var customers = DemoCustomers(seed: options.seed)
        for number in 1...40 {
            let customer = try customers.next(number: number)
            #expect(try database.customer(matching: customer.cardCode ?? customer.phone ?? "")?.id == customer.id)
        }
    }

    @Test func theHistoryIsRealSalesInEveryReportWhileTheTillStaysInTraining() throws {
        // Given a training demo store with three past days, built on a Friday at 15:00
        let fixture = try DemoFixture()
        let (database, settings) = try fixture.seed(DemoOptions(products: 400, customers: 30, days: 3, seed: 9))
        #expect(settings.training)

        // Then every sale is real, and the figures of the period have every part of a report
        let reports = ManagerReports(database: database, settings: settings)
        let period = try reports.period(from: try DemoFixture.day(-3), to: try DemoFixture.day(0))
        #expect(period.salesCount > 150)
        #expect(period.trainingSales == 0)
        #expect(period.net > 0 && period.discounts > 0 && period.voids.count > 0 && period.priceOverrides > 0)
        #expect(Set(period.tenders.map(\.kind)) == [.cash, .card])
        #expect(Set(period.taxes.map(\.code)) == ["reduced", "standard"])
        // (two drawers a day: three past days and today's two)
        #expect(period.cash.drawers.count == 8)
        // and today, up to 15:00, has its own X figures
        #expect(try reports.period(from: try DemoFixture.day(0), to: try DemoFixture.day(0)).salesCount > 50)
        // and each past day is closed by its Z; today is open, its late shift still selling
        let zs = try database.zReports()
        #expect(zs.map(\.to) == [try DemoFixture.day(-3), try DemoFixture.day(-2), try DemoFixture.day(-1)])
        #expect(zs.allSatisfy { $0.salesCount > 0 })
        let shift = try #require(try database.currentShift(terminalID: settings.terminalID))
        #expect(shift.cashierID == "2")
        // and nothing of the made-up history waits to sync
        #expect(try database.outboxBacklog().count == 0)
        // and the goods came in before they were sold: only the café's drinks, made to order, run below zero
        let drinks = Set(try database.products(inCategory: "coffee", limit: 1_000).map(\.id))
        let belowZero = try database.stockExceptions()
        #expect(!belowZero.isEmpty)
        #expect(belowZero.allSatisfy { drinks.contains($0.productID) }, "\(belowZero.filter { !drinks.contains($0.productID) }.map(\.name))")
        #expect(try database.stockLevels().contains { $0.quantity.thousandths > 0 })
    }

    @Test func theSameSeedBuildsTheSameStoreAndAnotherSeedAnother() throws {
        // Given three stores: two of one seed, one of another
        let stores = try [11, 11, 12].map { seed in
            let fixture = try DemoFixture()
            let (database, settings) = try fixture.seed(DemoOptions(products: 200, customers: 10, days: 2, seed: UInt64(seed)))
            return try Summary(database, settings)
        }

        // Then the seed alone decides the catalog and the sales
        #expect(stores[0] == stores[1])
        #expect(stores[0].catalog != stores[2].catalog)
        #expect(stores[0].sales != stores[2].sales)
        #expect(stores[0].period != stores[2].period)
    }

    /// What a store holds, compared whole: its catalog, each day's sales, its Z reports and the period's figures.
    private struct Summary: Equatable {
        let catalog: String
        let sales: [[SaleSummary]]
        let zs: [ZReportSummary]
        let period: PeriodReport

        init(_ database: AppDatabase, _ settings: TerminalSettings) throws {
            catalog = try database.exportCatalog(currency: settings.currency)
            let days = try (-2...0).map { try DemoFixture.day($0) }
            sales = try days.map { try database.sales(on: $0.iso) }
            zs = try database.zReports()
            period = try ManagerReports(database: database, settings: settings).period(from: days[0], to: days[2])
        }
    }
}
