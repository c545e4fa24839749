public import Foundation
import TillCore
public import TillStore
import TillSync
import TillWire

/// `till voucher issue|top-up|balance`: vouchers and gift cards from a shell. Where the terminal is
/// paired, the hub is asked first: a code it knows is not issued again, and its balance is the one shown.
public struct VoucherTool: Sendable {
    public let database: AppDatabase
    public let settings: TerminalSettings
    let lookup: VoucherLookup
    let now: @Sendable () -> Date

    public init(directory: DataDirectory, now: @escaping @Sendable () -> Date = Date.init) throws {
        (database, settings) = try StoreSetup.open(directory: directory)
        lookup = VoucherLookup(database: database, deadline: .seconds(5))
        self.now = now
    }

    /// Issues (`paidWith` nil: given away) or sells a voucher of `amount`, under `code` or a new one.
    public func issue(amount: String, code: String?, expires: String?, paidWith: String?) async throws(LoyaltyToolError) -> [String] {
        var random = SystemRandomNumberGenerator()
        let voucherCode = try LoyaltyToolError.loyalty { () throws(LoyaltyError) in
            try code.map(VoucherCode.init) ?? VoucherCode.generate(using: &random)
        }
        if (try? await lookup.balance(of: voucherCode.text)) != nil {
            throw .loyalty(.voucherExists(voucherCode.text))
        }
        let expiresOn = try expires.map { text throws(LoyaltyToolError) in
            do { return try BusinessDay(text) } catch { throw .badInput("--expires takes a day as YYYY-MM-DD, not \(text)") }
        }
        let voucher = try load(voucherCode, amount: amount, kind: paidWith == nil ? .issue : .sale, expiresOn: expiresOn, paidWith: paidWith)
        return ["Voucher \(voucher.code) \(paidWith == nil ? "issued" : "sold"): \(format(voucher.balance))"
                + (voucher.expiresOn.map { ", valid through \($0)" } ?? ", no expiry") + "."]
    }

    /// Adds `amount` to a voucher this till knows.
    public func topUp(code: String, amount: String, paidWith: String?) throws(LoyaltyToolError) -> [String] {
        let voucherCode = try LoyaltyToolError.loyalty { () throws(LoyaltyError) in try VoucherCode(code) }
        let voucher = try load(voucherCode, amount: amount, kind: .topUp, expiresOn: nil, paidWith: paidWith)
        return ["Voucher \(voucher.code) topped up: \(format(voucher.balance)) on it now."]
    }

    /// What is left on a voucher: the hub's figure when it answers, else this till's.
    public func balance(code: String) async throws(LoyaltyToolError) -> [String] {
        let voucherCode = try LoyaltyToolError.loyalty { () throws(LoyaltyError) in try VoucherCode(code) }
        let today = try businessDay()
        let answer: Result<VoucherBalance?, SyncError>
        do throws(SyncError) {
            answer = .success(try await lookup.balance(of: voucherCode.text))
        } catch {
            answer = .failure(error)
        }
        switch answer {
        case .success(nil):
            throw .loyalty(.unknownVoucher(voucherCode.text))
        case .success(let balance?):
            let expires = try? balance.expiresOn.map { try BusinessDay($0) }
            return [line(Voucher(code: voucherCode, balance: balance.balance, expiresOn: expires), today: today, source: "the hub's ledger")]
        case .failure(let reason):
            let known = try LoyaltyToolError.store { () throws(StoreError) in try database.voucher(code: voucherCode) }
            guard let known else { throw .loyalty(.unknownVoucher(voucherCode.text)) }
            let source = reason == .notPaired ? "this till's ledger" : "this till's ledger; the hub did not answer"
            return [line(known, today: today, source: source)]
        }
    }

    private func line(_ voucher: Voucher, today: BusinessDay, source: String) -> String {
        let validity = voucher.expiresOn.map { voucher.isExpired(on: today) ? ", EXPIRED on \($0)" : ", valid through \($0)" } ?? ""
        return "Voucher \(voucher.code): \(format(voucher.balance))\(validity) (\(source))."
    }

    private func load(_ code: VoucherCode, amount: String, kind: VoucherLoadKind, expiresOn: BusinessDay?,
                      paidWith: String?) throws(LoyaltyToolError) -> Voucher {
        let minor: Int64
        do {
            minor = try AmountParser(currency: settings.currency).parse(amount)
        } catch {
            throw .badInput("--amount takes an amount in \(settings.currency.code) such as 50 or 25.50, not \(amount)")
        }
        let tender = try paidWith.map { name throws(LoyaltyToolError) -> TenderKind in
            switch name.lowercased() {
            case "cash": return .cash
            case "card": return .card
            default: throw .badInput("--paid-with takes cash or card, not \(name)")
            }
        }
        let day = try businessDay()
        return try LoyaltyToolError.store { () throws(StoreError) in
            try database.loadVoucher(code, amount: Money(minorUnits: minor, currency: settings.currency), kind: kind, expiresOn: expiresOn,
                                     paidWith: tender, terminalID: settings.terminalID, businessDay: day,
                                     eventID: UUID().uuidString.lowercased(), at: now())
        }
    }

    private func businessDay() throws(LoyaltyToolError) -> BusinessDay {
        let text = try LoyaltyToolError.store { () throws(StoreError) in try database.bookingDay(for: now()) }
        do {
            return try BusinessDay(text)
        } catch {
            throw .badInput("the store's business day \(text) cannot be read")
        }
    }

    private func format(_ minor: Int64) -> String { Money(minorUnits: minor, currency: settings.currency).formatted() }
}
