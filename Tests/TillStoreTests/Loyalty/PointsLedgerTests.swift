import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore
import TillWire

/// Points as a ledger on the till: earned and spent by sales, summed with the hub's balance without
/// counting a movement twice, and the tier that follows from points earned in all.
@Suite struct PointsLedgerTests {
    typealias F = LoyaltyStoreFixture
    let fixture: F
    var database: AppDatabase { fixture.database }

    init() throws { fixture = try F() }

    @Test func aSaleEarnsAndSpendsPointsInOneEventWithItsBalanceForTheReceipt() throws {
        // Given Lea with 500 points from the hub
        try fixture.settle(with: [try change(.loyalty, "c-1", LoyaltyBalance(points: 500, earned: 800))])
        // When a sale pays 2.50 with 250 points and earns 7
        try fixture.commit(try F.order("o-1", tenders: [Tender(kind: .points, amount: 250, reference: "250")]), points: 7)
        // Then both movements are in the event, the balance and the receipt line follow
        #expect(try fixture.effects(ofEvent: "e-o-1").loyalty == [LoyaltyDelta(customer: "c-1", points: 7, earned: 7),
                                                                 LoyaltyDelta(customer: "c-1", points: -250, earned: 0)])
        #expect(try database.loyaltyAccount(customerID: "c-1") == LoyaltyAccount(balance: 257, earned: 807))
        #expect(try database.receiptLoyalty(saleID: "o-1")
            == ReceiptLoyalty(customerName: "Lea Keller", pointsEarned: 7, pointsRedeemed: 250, balanceAfter: 257))
    }

    @Test func theHubsBalanceTakesOverOnlyOnceItHasTheMovements() throws {
        // Given a sale earning 30 points, not yet sent
        try fixture.commit(try F.order("o-1", tenders: []), points: 30)
        #expect(try database.loyaltyAccount(customerID: "c-1").balance == 30)
        // When a page of the feed arrives that is not the last (the hub's figure may predate the sale)
        try database.savePairingIfNeeded()
        try database.applyPull(PullResponse(changes: [Change(id: 1, entity: .loyalty, key: "c-1",
                                                             data: try WireJSON.encode(LoyaltyBalance(points: 100, earned: 100)))],
                                            cursor: 1, more: true, hubHLC: 0), at: F.noon)
        // Then the sale still counts on top of it
        #expect(try database.loyaltyAccount(customerID: "c-1").balance == 130)
        // When the hub has taken the sale and the feed is read to its end with the sum including it
        try fixture.settle(with: [try change(.loyalty, "c-1", LoyaltyBalance(points: 130, earned: 130))])
        // Then the hub's figure is the balance, not counted twice
        #expect(try database.loyaltyAccount(customerID: "c-1") == LoyaltyAccount(balance: 130, earned: 130))
    }

    @Test func aHubRestoredFromABackupMakesTheLostMovementsCountHereAgain() throws {
        try fixture.commit(try F.order("o-1", tenders: []), points: 30)
        try fixture.settle(with: [try change(.loyalty, "c-1", LoyaltyBalance(points: 30, earned: 30))])
        // When the restored hub holds nothing of this till and says its balance is 0
        try database.acknowledge(PushResponse(ackedThrough: 0, hubHLC: 0), at: F.noon)
        try database.applyPull(PullResponse(changes: [Change(id: 99, entity: .loyalty, key: "c-1",
                                                             data: try WireJSON.encode(LoyaltyBalance(points: 0, earned: 0)))],
                                            cursor: 99, more: false, hubHLC: 0), at: F.noon)
        // Then the sale this till still has to send counts again
        #expect(try database.loyaltyAccount(customerID: "c-1").balance == 30)
    }

    @Test func theTierFollowsPointsEarnedAcrossLanesNotPointsSpent() throws {
        let gold = LoyaltyTier(name: "Gold", threshold: 1_000, multiplier: try Multiplier(basisPoints: 15_000))
        let program = try LoyaltyProgram(earn: PointsExchange(points: 1, amount: 100), tiers: [gold],
                                         redeem: PointsExchange(points: 100, amount: 100))
        // Given 990 points earned in all on other lanes, 200 of them spent
        try fixture.settle(with: [try change(.loyalty, "c-1", LoyaltyBalance(points: 790, earned: 990))])
        #expect(program.tier(forEarned: try database.loyaltyAccount(customerID: "c-1").earned) == nil)
        // When this lane's sale earns 10 and spends 500
        try fixture.commit(try F.order("o-1", tenders: [Tender(kind: .points, amount: 500, reference: "500")]), points: 10)
        // Then Lea is Gold, though her balance went down
        let account = try database.loyaltyAccount(customerID: "c-1")
        #expect(account == LoyaltyAccount(balance: 300, earned: 1_000))
        #expect(program.tier(forEarned: account.earned) == gold)
    }

    @Test func aPointsTenderNeedsACustomerAndANumber() throws {
        let order = try F.order("o-1", tenders: [Tender(kind: .points, amount: 100, reference: "100")], customer: nil)
        #expect(throws: StoreError.self) { try fixture.commit(order) }
        #expect(try database.outbox().filter { $0.kind == "sale" }.isEmpty)
    }

    @Test func purchasesAreListedNewestFirstWithTheirPoints() throws {
        try fixture.commit(try F.order("o-1", tenders: []), points: 10)
        try fixture.commit(try F.order("o-2", tenders: [Tender(kind: .points, amount: 5, reference: "5")]), points: 10)
        try fixture.commit(try F.order("o-3", tenders: [], customer: nil))
        let history = try database.purchases(customerID: "c-1")
        #expect(history.map(\.sale.id) == ["o-2", "o-1"])
        #expect(history.map(\.pointsRedeemed) == [5, 0])
        #expect(try database.customers(matching: "kel").map(\.id) == ["c-1"])
        #expect(try database.customers(matching: "2900001").map(\.id) == ["c-1"])
    }
}
