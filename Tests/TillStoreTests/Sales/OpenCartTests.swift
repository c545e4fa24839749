import Testing
import TillCore
import TillStore

@Suite struct OpenCartTests {
    let database: AppDatabase

    init() throws { database = try AppDatabase.makeTemporary() }

    @Test func theCartInProgressComesBackExactlyWithItsTenders() throws {
        var cart = try SaleFixture.cart()
        try cart.discountOrder(.percent(basisPoints: 500))
        try cart.addTender(.card, amount: 100, reference: "A1", context: try SaleFixture.pricing())
        try database.saveOpenCart(cart, terminalID: "T1", at: "t1")
        let reopened = try AppDatabase(path: database.path)
        #expect(try reopened.openCart(terminalID: "T1") == cart)
        #expect(try reopened.openCart(terminalID: "T2") == nil)
        try database.saveOpenCart(Cart(currency: SaleFixture.chf, openedAt: SaleFixture.now), terminalID: "T1", at: "t2")
        #expect(try database.openCart(terminalID: "T1") == nil)
    }

    @Test func aParkedSaleIsRecalledOnceOnly() throws {
        let cart = try SaleFixture.cart()
        try database.saveOpenCart(cart, terminalID: "T1", at: "t1")
        try database.suspend(try cart.suspend(id: "p-1", label: "blue coat"), staffID: "s-1", terminalID: "T1", at: "t2")
        #expect(try database.openCart(terminalID: "T1") == nil)
        #expect(try database.suspendedSales().map(\.label) == ["blue coat"])
        #expect(try database.recall("p-1", terminalID: "T2", at: "t3") == cart)
        #expect(try database.recall("p-1", terminalID: "T1", at: "t4") == nil)
        #expect(try database.openCart(terminalID: "T2") == cart)
        #expect(try database.suspendedSales().isEmpty)
    }
}

@Suite struct OpenCartDurabilityTests {
    @Test func savingACartLeavesTheWriterAtSynchronousFull() throws {
        // Carts without tenders are written with synchronous=NORMAL; the sale commit that follows must
        // still be synced, so the connection goes back to FULL.
        let database = try AppDatabase.makeTemporary()
        try database.saveOpenCart(try SaleFixture.cart(), terminalID: "T1", at: "t1")
        #expect(try database.durabilitySettings().synchronous == DurabilitySettings.synchronousFull)
        var paying = try SaleFixture.cart()
        try paying.addTender(.card, amount: 100, context: try SaleFixture.pricing())
        try database.saveOpenCart(paying, terminalID: "T1", at: "t2")
        #expect(try database.durabilitySettings().synchronous == DurabilitySettings.synchronousFull)
        #expect(try database.openCart(terminalID: "T1") == paying)
    }
}
