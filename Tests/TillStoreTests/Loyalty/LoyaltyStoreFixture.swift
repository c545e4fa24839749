import Foundation
import GRDB
import TillCore
@testable import TillStore
import TillWire

/// Sales paid partly by points and vouchers, on a store with a customer and a voucher, for the ledger tests.
struct LoyaltyStoreFixture {
    static let chf = SaleFixture.chf
    static let day = try! BusinessDay("2026-11-24")
    static let noon = Date(timeIntervalSince1970: 1_795_000_000)
    static let allowance = try! RedemptionAllowance(perSale: 2_500, perDay: 4_000, total: 6_000)

    let database: AppDatabase

    init() throws {
        database = try AppDatabase.makeTemporary()
        try database.saveCustomer(try Customer(id: "c-1", name: "Lea Keller", cardCode: "2900001"), at: Self.noon)
    }

    static func money(_ minor: Int64) -> Money { Money(minorUnits: minor, currency: chf) }

    /// Issues voucher `code` worth `amount` here.
    @discardableResult
    func issue(_ code: String, _ amount: Int64, expires: String? = nil) throws -> Voucher {
        try database.loadVoucher(try VoucherCode(code), amount: Self.money(amount), kind: .issue,
                                 expiresOn: try expires.map { try BusinessDay($0) }, terminalID: "T1", businessDay: Self.day,
                                 eventID: "issue-\(code)", at: Self.noon)
    }

    /// The fixture's cart (8.30 for customer c-1), paid by `tenders` and the rest by card.
    static func order(_ id: String, tenders: [Tender], customer: String? = "c-1") throws -> Order {
        let context = try SaleFixture.pricing()
        var cart = try SaleFixture.cart()
        cart.customerID = customer
        for tender in tenders { try cart.addTender(tender.kind, amount: tender.amount, reference: tender.reference, context: context) }
        let rest = try cart.payment(context).remaining
        if rest > 0 { try cart.addTender(.card, amount: rest, reference: "AUTH", context: context) }
        return try cart.complete(id: id, staffID: "s-1", context: context)
    }

    /// Authorizes a voucher for the open sale offline (or with the hub's answer) on T1.
    func authorize(_ code: String, _ amount: Int64?, due: Int64 = 830, tenders: [Tender] = [],
                   authority: VoucherAuthority = .offline, day: BusinessDay = Self.day) throws -> Result<RedemptionHold, LoyaltyError> {
        try database.authorizeVoucher(try VoucherCode(code), requested: amount, due: Self.money(due), authority: authority,
                                      allowance: Self.allowance, terminalID: "T1", businessDay: day, tenders: tenders)
    }

    /// Commits `order` on T1 with `points` earned.
    @discardableResult
    func commit(_ order: Order, points: Int64 = 0, event: String? = nil, day: String = "2026-11-24") throws -> CommittedSale {
        try database.commit(order, context: SaleContext(terminalID: "T1", completedAt: "\(day)T10:00:00.000Z", businessDay: day,
                                                        loyaltyPoints: points, eventID: event ?? "e-\(order.id)"))
    }

    /// The effects the outbox event `id` carries.
    func effects(ofEvent id: String) throws -> EventEffects {
        let payload = try database.outbox().first { $0.id == id }?.payload ?? "{}"
        return try EventEffects.decode(fromPayload: payload)
    }

    /// What the hub would answer after taking every event so far and sending the balances back:
    /// acknowledges the outbox and applies a final feed page with `changes`.
    func settle(with changes: [Change]) throws {
        try database.savePairingIfNeeded()
        let last = try database.outbox().map(\.sequence).max() ?? 0
        try database.acknowledge(PushResponse(ackedThrough: last, rejected: [], expectedSeq: nil, hubHLC: 0), at: Self.noon)
        let cursor = try database.syncState()?.pullCursor ?? 0
        try database.applyPull(PullResponse(changes: changes.enumerated().map {
            Change(id: cursor + Int64($0.offset) + 1, entity: $0.element.entity, key: $0.element.key, data: $0.element.data)
        }, cursor: cursor + Int64(changes.count), more: false, hubHLC: 0), at: Self.noon)
    }
}

extension AppDatabase {
    func savePairingIfNeeded() throws {
        if try syncState() == nil { try savePairing(hubURL: "http://hub.test", storeID: "S", token: "t", at: LoyaltyStoreFixture.noon) }
    }
}

func change(_ entity: ChangeEntity, _ key: String, _ value: some Encodable) throws -> Change {
    Change(id: 0, entity: entity, key: key, data: try WireJSON.encode(value))
}
