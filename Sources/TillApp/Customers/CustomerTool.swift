public import Foundation
import TillCore
public import TillStore

/// `till customer add|find|show`: enrol customers and look them up from a shell, with the points,
/// tier and purchases the customers screen shows.
public struct CustomerTool: Sendable {
    public let database: AppDatabase
    public let settings: TerminalSettings
    let now: @Sendable () -> Date

    public init(directory: DataDirectory, now: @escaping @Sendable () -> Date = Date.init) throws {
        (database, settings) = try StoreSetup.open(directory: directory)
        self.now = now
    }

    /// Enrols a customer under a new id; its outbox event takes them to every lane.
    public func add(name: String, phone: String?, email: String?, card: String?, consent: Bool, notes: String,
                    id: String = UUID().uuidString.lowercased()) throws(LoyaltyToolError) -> [String] {
        let customer: Customer
        do throws(CustomerError) {
            customer = try Customer(id: id, name: name, phone: phone, email: email, cardCode: card, notes: notes, marketingConsent: consent)
        } catch {
            throw .customer(error)
        }
        try LoyaltyToolError.store { () throws(StoreError) in try database.saveCustomer(customer, at: now()) }
        return ["Enrolled \(customer.name) as customer \(customer.id)."]
    }

    /// Customers by card, phone or name, one a line: id, name, phone, card, points.
    public func find(_ query: String) throws(LoyaltyToolError) -> [String] {
        let found = try LoyaltyToolError.store { () throws(StoreError) in try database.customers(matching: query, limit: 100) }
        guard !found.isEmpty else { return ["Nobody matches \(query)."] }
        return try found.map { customer throws(LoyaltyToolError) in
            let points = try LoyaltyToolError.store { () throws(StoreError) in try database.loyaltyAccount(customerID: customer.id).balance }
            return [customer.id, customer.name, customer.phone ?? "-", customer.cardCode ?? "-", "\(points) points"].joined(separator: "  ")
        }
    }

    /// One customer's profile, points, tier and purchases on this till; `query` is an id, a card,
    /// a phone number or a name that only they match.
    public func show(_ query: String) throws(LoyaltyToolError) -> [String] {
        let customer = try LoyaltyToolError.store { () throws(StoreError) -> Customer? in
            if let byID = try database.customer(id: query) { return byID }
            if let byCode = try database.customer(matching: query) { return byCode }
            let named = try database.customers(matching: query)
            return named.count == 1 ? named[0] : nil
        }
        guard let customer else { throw .noCustomer(query) }
        let account = try LoyaltyToolError.store { () throws(StoreError) in try database.loyaltyAccount(customerID: customer.id) }
        let purchases = try LoyaltyToolError.store { () throws(StoreError) in try database.purchases(customerID: customer.id, limit: 20) }
        let profile = CustomerProfile(customer: customer, account: account, program: settings.loyalty.program, purchases: purchases)
        let format = { (minor: Int64) in Money(minorUnits: minor, currency: settings.currency).formatted() }
        var lines = ["\(customer.name) (customer \(customer.id))",
                     "Phone: \(customer.phone ?? "-")   Email: \(customer.email ?? "-")   Card: \(customer.cardCode ?? "-")",
                     "Offers: \(customer.marketingConsent ? "agreed" : "not agreed")",
                     "Points: \(account.balance)   Tier: \(profile.tier?.name ?? "member")   Earned in all: \(account.earned)"
                        + (profile.nextTier.map { "   \($0.threshold - account.earned) more to \($0.name)" } ?? "")]
        if !customer.notes.isEmpty { lines.append("Notes: \(customer.notes)") }
        lines.append(purchases.isEmpty ? "No purchases on this till." : "Purchases on this till:")
        lines += purchases.map { purchase in
            let points = purchase.pointsEarned - purchase.pointsRedeemed
            return "  receipt \(purchase.sale.receiptNumber)  \(purchase.sale.completedAt.prefix(16))  \(format(purchase.sale.total))  "
                + (points > 0 ? "+\(points)" : "\(points)") + " points"
        }
        return lines
    }
}
