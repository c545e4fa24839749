/// Why a loyalty rule, a points redemption or a voucher movement was refused, worded for the person
/// at the till (or the manager editing till.toml).
public enum LoyaltyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A multiplier below zero or beyond what a program could mean (×100).
    case badMultiplier(basisPoints: Int64)
    /// A multiplier written as something other than a number.
    case notAMultiplier(String)
    /// A points exchange needs points and an amount above zero.
    case badExchange(points: Int64, amount: Int64)
    /// Tiers must climb: each threshold above the one before, names unique and not blank.
    case badTiers(String)
    /// A promotion that can do nothing, or gives negative points.
    case badPromotion(name: String, reason: String)
    /// An allowance cap below zero.
    case negativeAllowance(AllowanceCap)
    /// Points were asked of a sale without a customer.
    case noCustomer
    /// The program has no value for points, so they cannot pay.
    case pointsNotRedeemable
    /// More points than the customer has.
    case notEnoughPoints(requested: Int64, balance: Int64)
    /// Fewer points than buy one minor unit.
    case pointsWorthNothing(Int64)
    /// More value than the sale still owes.
    case exceedsDue(offered: Money, due: Money)
    /// Nothing is left to pay.
    case nothingDue
    /// A voucher code that cannot be one: its length, its characters or its check digit.
    case badVoucherCode(String, reason: String)
    /// No voucher has this code (on this till, or on the hub when it was asked).
    case unknownVoucher(String)
    /// The voucher expired at the end of this day.
    case voucherExpired(String, on: String)
    /// The voucher has nothing left.
    case voucherEmpty(String)
    /// More than the voucher holds.
    case beyondVoucherBalance(String, balance: Money)
    /// A voucher issued or topped up needs an amount above zero and at most `Voucher.largestAmount`.
    case badVoucherAmount(Money)
    /// A code issued twice.
    case voucherExists(String)
    /// Offline, the redemption would pass one of the allowance's caps; `left` is what that cap allows now.
    case beyondOfflineAllowance(cap: AllowanceCap, left: Money)
    /// The arithmetic left 64 bits.
    case overflow

    public var description: String {
        switch self {
        case .badMultiplier(let basisPoints):
            "A multiplier must be from 0 to 100 (\(Multiplier.text(basisPoints)) given)."
        case .notAMultiplier(let text):
            "\(text) is not a multiplier: write a number such as 2 or 1.25."
        case .badExchange(let points, let amount):
            "Points and their amount must both be above zero (\(points) points for \(amount) minor units given)."
        case .badTiers(let reason):
            "Tiers: \(reason)."
        case .badPromotion(let name, let reason):
            "Points promotion \"\(name)\": \(reason)."
        case .negativeAllowance(let cap):
            "The offline allowance \(cap.phrase) cannot be below zero: 0 refuses redemptions while the hub is away."
        case .noCustomer:
            "Attach the customer first (F9 or Alt-C): points belong to a customer."
        case .pointsNotRedeemable:
            "Points cannot pay here: till.toml sets no value for them ([loyalty] redeem-points)."
        case .notEnoughPoints(let requested, let balance):
            "The customer has \(balance) points, not \(requested)."
        case .pointsWorthNothing(let points):
            "\(points) points are worth less than the smallest coin: use more."
        case .exceedsDue(let offered, let due):
            "That is worth \(offered.formatted()), more than the \(due.formatted()) still due: use fewer points."
        case .nothingDue:
            "Nothing is left to pay."
        case .badVoucherCode(let code, let reason):
            "\"\(code)\" is not a voucher code: \(reason)."
        case .unknownVoucher(let code):
            "There is no voucher \(code): check the code."
        case .voucherExpired(let code, let day):
            "Voucher \(code) expired on \(day): it cannot pay."
        case .voucherEmpty(let code):
            "Voucher \(code) is used up: nothing is left on it."
        case .beyondVoucherBalance(let code, let balance):
            "Voucher \(code) holds only \(balance.formatted()): take that much, the rest another way."
        case .badVoucherAmount(let amount):
            "A voucher's amount must be above zero and at most \(Voucher.largestAmount) minor units (\(amount.formatted()) given)."
        case .voucherExists(let code):
            "Voucher \(code) exists already: top it up, or give another code."
        case .beyondOfflineAllowance(let cap, let left):
            "Offline, this till may redeem only \(left.formatted()) more \(cap.phrase): take the rest another way, "
                + "or reconnect to the hub."
        case .overflow:
            "The amount is too large to work with."
        }
    }
}

/// Which cap of the offline allowance a redemption ran into.
public enum AllowanceCap: String, Hashable, Sendable {
    case perSale = "per-sale"
    case perDay = "per-day"
    case total

    /// How the cap reads in a sentence: "in this sale", "today", "until the hub has the rest".
    public var phrase: String {
        switch self {
        case .perSale: "in this sale"
        case .perDay: "today"
        case .total: "until the hub has the redemptions made offline"
        }
    }
}
