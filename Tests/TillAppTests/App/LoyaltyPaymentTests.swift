import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// Points and vouchers on the payment screen: points as a tender, a voucher redeemed in part, and
/// the offline allowance (this till has no hub, so every redemption is offline: 25.00 a sale).
@Suite struct LoyaltyPaymentTests {
    static let code = "GC-TEST-1"

    static func till() throws -> TestTerminal {
        let till = try TestTerminal()
        try till.openShift()
        return till
    }

    static func issue(_ till: TestTerminal, _ amount: Int64, expires: String? = nil) throws {
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        try till.database.loadVoucher(try VoucherCode(code), amount: Money(minorUnits: amount, currency: till.state.currency), kind: .issue,
                                      expiresOn: try expires.map { try BusinessDay($0) }, terminalID: "T1", businessDay: day,
                                      eventID: "issue-1", at: till.clock.now)
    }

    /// Rings up `count` cappuccinos (5.20 each) and opens the payment screen.
    static func pay(_ till: TestTerminal, cappuccinos count: Int) throws {
        till.type("\(count)*102")
        try till.press("F2")
        #expect(till.state.route == .payment)
    }

    @Test func pointsPayPartOfASaleAndTheReceiptCarriesThem() throws {
        // Given c000001 earned 104 points on a 104.00 sale
        let till = try Self.till()
        let phone = try #require(try till.enrolLea().phone)
        try till.press("F9")
        till.type(phone)
        till.type("20*102")
        till.type("CC")
        #expect(try till.database.loyaltyAccount(customerID: "c000001").balance == 104)
        // When the next sale of 5.20 is paid with 100 points, then cash
        try till.press("F9")
        till.type(phone)
        try Self.pay(till, cappuccinos: 1)
        for key in ["1", "0", "0"] { try till.press(key) }
        try till.press("F7")
        #expect(till.state.sale.cart.tenders == [Tender(kind: .points, amount: 100, reference: "100")])
        #expect(till.state.sale.message?.text.hasPrefix("Points 1.00 taken offline") == true)
        #expect(till.screen().contains { $0.contains("4.20") })
        try till.press("F2")
        // Then the points are spent, 4.20 earned 4 more, and the sale's receipt lines say so
        let sale = try #require(till.state.sale.lastSale)
        #expect(try till.database.loyaltyAccount(customerID: "c000001") == LoyaltyAccount(balance: 8, earned: 108))
        #expect(try till.database.receiptLoyalty(saleID: sale.order.id)?.balanceAfter == 8)
        #expect(try till.database.receiptLoyalty(saleID: sale.order.id)?.pointsEarned == 4)
    }

    @Test func pointsNeedACustomerAndEnoughOfThem() throws {
        let till = try Self.till()
        try Self.pay(till, cappuccinos: 1)
        try till.press("F7")
        #expect(till.state.sale.message?.text == LoyaltyError.noCustomer.description)
        try till.press("esc")
        try till.press("F9")
        till.type(try #require(try till.enrolLea().phone))
        try till.press("F2")
        try till.press("F7")
        #expect(till.state.sale.message?.text == "The customer has 0 points, not 1.")
        #expect(till.state.bell)
    }

    @Test func aVoucherPaysWithinTheOfflineAllowanceAndIsRefusedBeyondIt() throws {
        // Given a 100.00 voucher and a sale of 52.00 on a till without a hub
        let till = try Self.till()
        try Self.issue(till, 10_000)
        try Self.pay(till, cappuccinos: 10)
        // When the voucher is scanned for all that is due: refused, 25.00 is the most a sale may take offline
        try till.press("F5")
        #expect(till.screen().contains { $0.contains("Voucher code ›") })
        till.app.send(.scanned(ScanEvent(text: Self.code, source: .keyboard)))
        #expect(till.state.sale.message?.text
            == "Offline, this till may redeem only 25.00 more in this sale: take the rest another way, or reconnect to the hub.")
        #expect(till.state.sale.cart.tenders.isEmpty)
        // When 25 is typed first: taken, offline
        for key in ["2", "5"] { try till.press(key) }
        try till.press("F5")
        till.type(Self.code.lowercased())
        #expect(till.state.sale.cart.tenders == [Tender(kind: .voucher, amount: 2_500, reference: Self.code)])
        #expect(till.state.sale.message?.text.contains("taken offline (within this till's allowance); 27.00 still to pay") == true)
        #expect(till.screen(width: 200, height: 60).contains { $0.contains("27.00") })
        // And nothing more from it in this sale
        try till.press("F5")
        till.type(Self.code)
        #expect(till.state.sale.message?.text.hasPrefix("Offline, this till may redeem only 0.00 more in this sale") == true)
        // When the rest goes on the card, the voucher keeps 75.00 and the allowance has counted 25.00 today
        try till.press("F4")
        #expect(till.state.route == .sale)
        #expect(try till.database.voucher(code: try VoucherCode(Self.code))?.balance == 7_500)
        let day = try BusinessDay(try till.database.bookingDay(for: till.clock.now))
        #expect(try till.database.offlineUsage(terminalID: "T1", businessDay: day) == .init(thisSale: 0, today: 2_500, outstanding: 2_500))
    }

    @Test func aVoucherTakenOffFreesItsPlaceInTheAllowance() throws {
        let till = try Self.till()
        try Self.issue(till, 10_000)
        try Self.pay(till, cappuccinos: 10)
        for key in ["2", "0"] { try till.press(key) }
        try till.press("F5")
        till.type(Self.code)
        // When F6 takes it back
        try till.press("F6")
        #expect(till.state.sale.cart.tenders.isEmpty)
        #expect(till.state.sale.message?.text == "Voucher 20.00 taken back")
        // Then the whole 25.00 may be redeemed again
        for key in ["2", "5"] { try till.press(key) }
        try till.press("F5")
        till.type(Self.code)
        #expect(till.state.sale.cart.tenders.map(\.amount) == [2_500])
    }

    @Test func anExpiredOrUnknownVoucherIsRefusedWithTheReason() throws {
        let till = try Self.till()
        try Self.issue(till, 1_000, expires: "2020-01-31")
        try Self.pay(till, cappuccinos: 1)
        try till.press("F5")
        till.type(Self.code)
        #expect(till.state.sale.message?.text == "Voucher \(Self.code) expired on 2020-01-31: it cannot pay.")
        try till.press("F5")
        till.type("GC-NOPE")
        #expect(till.state.sale.message?.text == "There is no voucher GC-NOPE: check the code.")
        try till.press("F5")
        try till.press("esc")
        #expect(till.state.payment.voucher == nil)
        #expect(till.state.sale.cart.tenders.isEmpty)
    }
}

/// A lane paired with a hub asks it about a voucher in the background and the screen waits for the
/// answer; a hub that does not answer leaves the decision to the lane, offline.
@Suite struct OnlineVoucherTests {
    @Test func aHubThatDoesNotAnswerLeavesTheDecisionToTheLaneOffline() async throws {
        // Given a lane paired with a hub nobody listens for, and a 100.00 voucher
        let till = try LoyaltyPaymentTests.till()
        try till.database.savePairing(hubURL: "http://127.0.0.1:9", storeID: "S", token: "t", at: till.clock.now)
        try LoyaltyPaymentTests.issue(till, 10_000)
        try LoyaltyPaymentTests.pay(till, cappuccinos: 2)
        // When the voucher's code is entered
        try till.press("F5")
        till.type(LoyaltyPaymentTests.code)
        // Then the screen says it is asking the hub and keys wait
        #expect(till.state.payment.voucherPending == LoyaltyPaymentTests.code)
        #expect(till.screen().contains { $0.contains("Voucher \(LoyaltyPaymentTests.code): asking the hub…") })
        try till.press("F2")
        #expect(till.state.sale.cart.tenders.isEmpty)
        // And once the hub has not answered in time, the lane takes it offline, within its allowance
        #expect(await till.waitForBackground(seconds: 15) { till.state.payment.voucherPending == nil })
        #expect(till.state.route == .sale)
        #expect(till.state.sale.lastSale?.order.tenders == [Tender(kind: .voucher, amount: 1_040, reference: LoyaltyPaymentTests.code)])
    }
}

/// The receipt of a sale with a customer carries the customer, the points earned and the balance.
@Suite struct LoyaltyReceiptTests {
    @Test func theReceiptPrintsThePointsEarnedAndTheBalance() async throws {
        // Given a lane printing to a file, and Lea on a 15.60 sale paid 1.00 in points of her 104
        let output = FileManager.default.temporaryDirectory.appending(path: "till-printer-\(UUID().uuidString).bin")
        defer { try? FileManager.default.removeItem(at: output) }
        let till = try TestTerminal(printer: "file://\(output.path)")
        try till.openShift()
        let phone = try #require(try till.enrolLea().phone)
        try till.press("F9")
        till.type(phone)
        till.type("20*102")
        till.type("CC")
        try till.press("F9")
        till.type(phone)
        try LoyaltyPaymentTests.pay(till, cappuccinos: 3)
        for key in ["1", "0", "0"] { try till.press(key) }
        try till.press("F7")
        try till.press("F2")
        // When its receipt has printed
        let receipt = try #require(till.state.sale.lastSale).receiptNumber
        #expect(await till.waitForBackground { till.state.lastPrintout?.contains { $0.contains("Receipt \(receipt)") } == true })
        // Then it names her, the points tender, what the sale earned (14.60 paid in money) and her balance
        let lines = try #require(till.state.lastPrintout)
        #expect(lines.contains { $0.hasPrefix("Customer Lea Keller") })
        #expect(lines.contains { $0.hasPrefix("Points 100") && $0.hasSuffix("1.00") })
        #expect(lines.contains { $0.hasPrefix("Points earned") && $0.hasSuffix("+14") })
        #expect(lines.contains { $0.hasPrefix("Points balance") && $0.hasSuffix("18") })
    }
}
