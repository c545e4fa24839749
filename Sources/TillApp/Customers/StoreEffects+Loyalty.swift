import Foundation
import TillCore
import TillStore
import TillSync

extension StoreEffects {
    /// Finds and keeps customers, and decides whether a voucher or points may pay: a voucher is
    /// asked of the hub first when the lane has one (the answer comes through the inbox), and decided
    /// at once, offline, when it has none.
    func loyalty(_ request: LoyaltyRequest) throws(StoreError) -> AppEvent? {
        switch request {
        case .findCustomers(let query):
            return .loyalty(.customersFound(query: query, try database.customers(matching: query)))
        case .openCustomer(let id):
            guard let customer = try database.customer(id: id) else {
                return .storeFailed(during: request.activity, reason: "customer \(id) is not on this till")
            }
            return .loyalty(.customerOpened(try profile(of: customer)))
        case .saveCustomer(let customer):
            try database.saveCustomer(customer, at: now())
            sync?.wake()
            return .loyalty(.customerSaved(try profile(of: customer)))
        case .redeemVoucher(let typed, let amount, let due, let tenders):
            let code: VoucherCode
            do throws(LoyaltyError) {
                code = try VoucherCode(typed)
            } catch {
                return .loyalty(.redemptionRefused(error.description))
            }
            // Whatever happens, the answer is a decision: the payment screen waits for one.
            let today: BusinessDay
            do throws(StoreError) {
                today = try self.today()
            } catch {
                return .loyalty(.redemptionRefused("Checking the voucher failed: \(error)"))
            }
            let (database, allowance, terminalID) = (database, loyaltySettings.allowance, terminalID)
            let owed = Money(minorUnits: due, currency: currency)
            let decide = { @Sendable (authority: VoucherAuthority) -> AppEvent in
                do throws(StoreError) {
                    let decision = try database.authorizeVoucher(code, requested: amount, due: owed, authority: authority,
                                                                 allowance: allowance, terminalID: terminalID, businessDay: today,
                                                                 tenders: tenders)
                    return Self.answer(decision, online: authority != .offline)
                } catch {
                    return .loyalty(.redemptionRefused("Checking the voucher failed: \(error)"))
                }
            }
            guard let onlineVouchers, onlineVouchers.isPaired else { return decide(.offline) }
            onlineVouchers.ask(code.text, decide: decide)
            return nil
        case .redeemPoints(let customerID, let points, let due, let tenders, let online):
            let decision = try database.authorizePoints(customerID: customerID, requested: points,
                                                        due: Money(minorUnits: due, currency: currency), program: loyaltySettings.program,
                                                        online: online, allowance: loyaltySettings.allowance, terminalID: terminalID,
                                                        businessDay: try today(), tenders: tenders)
            return Self.answer(decision, online: online)
        case .checkGiftCard(let typed, let amount):
            return try checkGiftCard(typed, amount: Money(minorUnits: amount, currency: currency))
        }
    }

    /// Whether `amount` may go onto the gift card: a known card must not have expired, a new code
    /// (made up when none was given) must be one this till has never issued.
    private func checkGiftCard(_ typed: String?, amount: Money) throws(StoreError) -> AppEvent {
        var code: VoucherCode
        do throws(LoyaltyError) {
            if let typed {
                code = try VoucherCode(typed)
            } else {
                var random = SystemRandomNumberGenerator()
                code = VoucherCode.generate(using: &random)
            }
        } catch {
            return .loyalty(.giftCardRefused(error.description))
        }
        var random = SystemRandomNumberGenerator()
        while typed == nil, try database.voucher(code: code) != nil { code = VoucherCode.generate(using: &random) }
        let known = try database.voucher(code: code)
        let today = try today()
        do throws(LoyaltyError) {
            if let known { try known.checkTopUp(amount, today: today) } else { try Voucher.checkLoad(amount) }
        } catch {
            return .loyalty(.giftCardRefused(error.description))
        }
        return .loyalty(.giftCardChecked(code: code, amount: amount.minorUnits, balance: known?.balance))
    }

    private func profile(of customer: Customer) throws(StoreError) -> CustomerProfile {
        CustomerProfile(customer: customer, account: try database.loyaltyAccount(customerID: customer.id), program: loyaltySettings.program,
                        purchases: try database.purchases(customerID: customer.id, limit: 20))
    }

    private func today() throws(StoreError) -> BusinessDay {
        let day = try database.bookingDay(for: now())
        do {
            return try BusinessDay(day)
        } catch {
            throw .conflict("The business day \(day) cannot be read")
        }
    }

    private static func answer(_ decision: Result<RedemptionHold, LoyaltyError>, online: Bool) -> AppEvent {
        switch decision {
        case .success(let hold): .loyalty(.redeemed(hold.tender, online: online))
        case .failure(let refusal): .loyalty(.redemptionRefused(refusal.description))
        }
    }
}
