import Testing
import TillCore

/// Voucher codes, redemption (partly, expired, empty, beyond the balance) and loads.
@Suite struct VoucherTests {
    typealias F = LoyaltyFixture
    static let day = try! BusinessDay("2026-11-24")

    static func voucher(_ balance: Int64, expires: String? = nil) throws -> Voucher {
        Voucher(code: try VoucherCode("GC-0042"), balance: balance, expiresOn: try expires.map { try BusinessDay($0) })
    }

    @Test func codesAreCapitalsAndGeneratedOnesCarryALuhnDigit() throws {
        #expect(try VoucherCode(" gc-0042 ").text == "GC-0042")
        var random = SplitMix64(seed: 7)
        for _ in 0..<100 {
            let code = VoucherCode.generate(using: &random)
            #expect(code.text.count == 16)
            #expect(try VoucherCode(code.text) == code)
            // One digit changed is refused.
            let last = code.text.last!.wholeNumberValue!
            let typo = String(code.text.dropLast()) + String((last + 1) % 10)
            #expect(throws: LoyaltyError.self) { try VoucherCode(typo) }
        }
        #expect(throws: LoyaltyError.badVoucherCode("ab", reason: "it must be 4 to 32 characters long")) { try VoucherCode("ab") }
        #expect(throws: LoyaltyError.badVoucherCode("gc 42!", reason: "it may hold only letters, digits and dashes")) {
            try VoucherCode("gc 42!")
        }
    }

    @Test func aVoucherPaysPartOfASaleAndKeepsTheRest() throws {
        let voucher = try Self.voucher(5_000)
        // Without an amount: what is due, up to what it holds
        #expect(try voucher.redemption(requested: nil, due: F.money(1_250), today: Self.day) == 1_250)
        #expect(try Self.voucher(800).redemption(requested: nil, due: F.money(1_250), today: Self.day) == 800)
        // A typed amount
        #expect(try voucher.redemption(requested: 300, due: F.money(1_250), today: Self.day) == 300)
    }

    @Test func anExpiredEmptyOrShortVoucherIsRefused() throws {
        #expect(try Self.voucher(500, expires: "2026-11-24").redemption(requested: nil, due: F.money(100), today: Self.day) == 100)
        #expect(throws: LoyaltyError.voucherExpired("GC-0042", on: "2026-11-23")) {
            try Self.voucher(500, expires: "2026-11-23").redemption(requested: nil, due: F.money(100), today: Self.day)
        }
        #expect(throws: LoyaltyError.voucherEmpty("GC-0042")) {
            try Self.voucher(0).redemption(requested: nil, due: F.money(100), today: Self.day)
        }
        #expect(throws: LoyaltyError.beyondVoucherBalance("GC-0042", balance: F.money(500))) {
            try Self.voucher(500).redemption(requested: 600, due: F.money(1_000), today: Self.day)
        }
        #expect(throws: LoyaltyError.exceedsDue(offered: F.money(600), due: F.money(100))) {
            try Self.voucher(5_000).redemption(requested: 600, due: F.money(100), today: Self.day)
        }
        #expect(LoyaltyError.voucherExpired("GC-0042", on: "2026-11-23").description == "Voucher GC-0042 expired on 2026-11-23: it cannot pay.")
    }

    @Test func loadsAreAboveZeroAndAnExpiredVoucherTakesNoTopUp() throws {
        #expect(throws: LoyaltyError.badVoucherAmount(F.money(0))) { try Voucher.checkLoad(F.money(0)) }
        try Voucher.checkLoad(F.money(2_000))
        #expect(throws: LoyaltyError.voucherExpired("GC-0042", on: "2026-01-01")) {
            try Self.voucher(0, expires: "2026-01-01").checkTopUp(F.money(1_000), today: Self.day)
        }
    }

    @Test func randomRedemptionsNeverTakeABalanceBelowZero() throws {
        // Property: redeeming again and again, as much as asked or as is due, the balance only reaches zero.
        var random = SplitMix64(seed: 30)
        for _ in 0..<300 {
            var balance = Int64.random(in: 1...20_000, using: &random)
            while balance > 0 {
                let due = F.money(Int64.random(in: 1...8_000, using: &random))
                let asked: Int64? = Bool.random(using: &random) ? nil : Int64.random(in: 1...25_000, using: &random)
                let voucher = Voucher(code: try VoucherCode("GC-0042"), balance: balance, expiresOn: nil)
                guard let taken = try? voucher.redemption(requested: asked, due: due, today: Self.day) else { continue }
                #expect(taken > 0 && taken <= balance && taken <= due.minorUnits)
                balance -= taken
            }
            #expect(balance == 0)
        }
    }
}
