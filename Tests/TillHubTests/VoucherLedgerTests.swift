import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

/// The hub's voucher ledger: issues and redemptions from every lane summed once per event, the
/// expiry kept, overdrafts from offline redemptions reported, and the balance a till asks for online.
@Suite struct VoucherLedgerTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    static func issue(_ seq: Int64, code: String, amount: Int64, expires: String? = nil) throws -> WireEvent {
        Wire.event(seq, id: "issue-\(code)", kind: EventKind.voucherIssue.rawValue, payload: try WireJSON.encode(
            VoucherIssue(code: code, amount: amount, reason: .sale, expiresOn: expires, paidWith: "cash", terminalID: "t1",
                         businessDay: "2026-11-24")))
    }

    static func redeem(_ seq: Int64, id: String, code: String, amount: Int64) throws -> WireEvent {
        Wire.event(seq, id: id, kind: "sale",
                   payload: try WireJSON.encode(["effects": EventEffects(vouchers: [VoucherDelta(code: code, amount: -amount)])]))
    }

    @Test func issuesAndRedemptionsFromEveryLaneAreSummedOnceWithTheExpiry() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")
            // Given a 50.00 gift card sold on t1, 20.00 redeemed on t1 and 12.50 on t2
            _ = try await client.push([try Self.issue(1, code: "GC-1", amount: 5_000, expires: "2027-12-31"),
                                       try Self.redeem(2, id: "s1", code: "GC-1", amount: 2_000)], token: t1)
            _ = try await client.push([try Self.redeem(1, id: "s2", code: "GC-1", amount: 1_250)], token: t2)
            // When t2 sends its sale again (a lost answer)
            _ = try await client.push([try Self.redeem(1, id: "s2", code: "GC-1", amount: 1_250)], token: t2)
            // Then 17.50 is left, and every lane learns it with the last day it pays
            #expect(try await hub.count("SELECT balance FROM voucher_balance WHERE code = 'GC-1'") == 1_750)
            let changes = try await hub.feed().filter { $0.entity == .voucher }
            #expect(try changes.map { try WireJSON.decode(VoucherBalance.self, from: $0.data) } == [
                VoucherBalance(balance: 3_000, expiresOn: "2027-12-31"), VoucherBalance(balance: 1_750, expiresOn: "2027-12-31"),
            ])
            #expect(try await hub.storage.report(store: "s1").voucherExceptions.isEmpty)
        }
    }

    @Test func aRedemptionThatOverdrawsIsKeptAndReported() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            let t2 = try await hub.pair(client, terminal: "t2")
            // Given 30.00 on a card, spent in full offline on both lanes
            _ = try await client.push([try Self.issue(1, code: "GC-2", amount: 3_000), try Self.redeem(2, id: "a", code: "GC-2", amount: 3_000)],
                                      token: t1)
            _ = try await client.push([try Self.redeem(1, id: "b", code: "GC-2", amount: 2_500)], token: t2)
            // Then the sale is not refused; the card stands at -25.00 and the manager sees which sale took it under
            #expect(try await hub.count("SELECT balance FROM voucher_balance WHERE code = 'GC-2'") == -2_500)
            let report = try await hub.storage.report(store: "s1")
            #expect(report.voucherExceptions.map { "\($0.code) \($0.eventID) \($0.balance)" } == ["GC-2 b -2500"])
        }
    }

    @Test func aTillAsksForABalanceOnline() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            _ = try await client.push([try Self.issue(1, code: "GC-3", amount: 4_000, expires: "2027-01-31")], token: t1)
            // A known code: its balance and last day
            let answer = try await client.send(.get, "/v1/vouchers/gc-3", token: t1)
            #expect(answer.status == .ok)
            #expect(try answer.decode(VoucherBalance.self) == VoucherBalance(balance: 4_000, expiresOn: "2027-01-31"))
            // An unknown code: 404, so the till refuses it rather than deciding offline
            let unknown = try await client.send(.get, "/v1/vouchers/GC-404", token: t1)
            #expect(unknown.status == .notFound)
            #expect(String(buffer: unknown.body).contains("no voucher GC-404"))
            // Without a token: 401
            #expect(try await client.send(.get, "/v1/vouchers/GC-3").status == .unauthorized)
            // Another store's lane does not see it
            let other = try await hub.pair(client, store: "s2", terminal: "t9")
            #expect(try await client.send(.get, "/v1/vouchers/GC-3", token: other).status == .notFound)
        }
    }

    @Test func pointsEarnedInAllIgnoreSpendingSoTiersHold() async throws {
        try await hub.withClient { client in
            let t1 = try await hub.pair(client, terminal: "t1")
            _ = try await client.push([try Wire.sale(1, id: "e1", loyalty: [LoyaltyDelta(customer: "c1", points: 120, earned: 120),
                                                                           LoyaltyDelta(customer: "c1", points: -100, earned: 0)])], token: t1)
            let change = try #require(try await hub.feed().last)
            #expect(try WireJSON.decode(LoyaltyBalance.self, from: change.data) == LoyaltyBalance(points: 20, earned: 120))
        }
    }
}
