public import TillCore
public import TillStore

/// What the customers and payment screens ask of the store (and, for a voucher, of the hub).
public enum LoyaltyRequest: Hashable, Sendable {
    /// Customers by card, phone or name, as typed on the customers screen.
    case findCustomers(String)
    /// A customer's profile: points, tier and purchases.
    case openCustomer(id: String)
    /// Enrols a customer or keeps a change to one (the consent flag).
    case saveCustomer(Customer)
    /// A voucher or gift card paying `amount` (nil: as much as it can) of the `due` still owed by
    /// the sale, whose tenders so far are `tenders`.
    case redeemVoucher(code: String, amount: Int64?, due: Int64, tenders: [Tender])
    /// The customer's points paying `points` (nil: as many as pay the rest); `online` says whether
    /// sync with the hub went through last time, so this till's balance is fresh.
    case redeemPoints(customerID: String, points: Int64?, due: Int64, tenders: [Tender], online: Bool)
    /// Whether `amount` may be loaded onto gift card `code` (nil: a new code is made up).
    case checkGiftCard(code: String?, amount: Int64)

    /// What it was doing, for a failure message.
    public var activity: String {
        switch self {
        case .findCustomers: "Finding customers"
        case .openCustomer: "Reading the customer"
        case .saveCustomer: "Saving the customer"
        case .redeemVoucher: "Checking the voucher"
        case .redeemPoints: "Checking the points"
        case .checkGiftCard: "Checking the gift card"
        }
    }
}

/// The answer to a ``LoyaltyRequest``.
public enum LoyaltyAnswer: Hashable, Sendable {
    case customersFound(query: String, [Customer])
    case customerOpened(CustomerProfile)
    case customerSaved(CustomerProfile)
    /// The tender to add to the sale, and whether the hub vouched for it.
    case redeemed(Tender, online: Bool)
    /// Why the voucher or points cannot pay, in the cashier's words.
    case redemptionRefused(String)
    /// The gift card may take `amount`; `balance` is what it holds, nil for a card new to this till.
    case giftCardChecked(code: VoucherCode, amount: Int64, balance: Int64?)
    /// Why the gift card cannot be loaded.
    case giftCardRefused(String)
}

/// A customer as the customers screen shows them: the profile, points, tier and what they bought here.
public struct CustomerProfile: Hashable, Sendable {
    public let customer: Customer
    public let account: LoyaltyAccount
    public let tier: LoyaltyTier?
    public let nextTier: LoyaltyTier?
    public let purchases: [CustomerPurchase]

    public init(customer: Customer, account: LoyaltyAccount, program: LoyaltyProgram, purchases: [CustomerPurchase]) {
        self.customer = customer
        self.account = account
        tier = program.tier(forEarned: account.earned)
        nextTier = program.nextTier(afterEarned: account.earned)
        self.purchases = purchases
    }
}
