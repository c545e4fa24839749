import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

/// The customers screen: lookup by phone, name or card, enrolment in a few keystrokes, the profile
/// with points, tier and purchases, and putting the customer on the sale.
@Suite struct CustomersScreenTests {
    /// A till with its shift open and Lea Keller enrolled.
    static func till() throws -> (TestTerminal, Customer) {
        let till = try TestTerminal()
        try till.openShift()
        return (till, try till.enrolLea())
    }

    @Test func aPhoneNumberOpensTheProfileAndF2PutsTheCustomerOnTheSale() throws {
        // Given a sale in progress
        let (till, customer) = try Self.till()
        till.type("102")
        // When the cashier opens the customers screen and types the phone number
        try till.press("M-c")
        #expect(till.state.route == .customers)
        till.type(try #require(customer.phone))
        // Then the one customer found is open with points and tier
        #expect(till.state.customers.profile?.customer == customer)
        let screen = till.screen()
        #expect(screen.contains { $0.contains(customer.name) })
        #expect(screen.contains { $0.contains("Points") && $0.contains("0") })
        #expect(screen.contains { $0.contains("Tier") && $0.contains("member") })
        // When F2 is pressed, the customer is on the sale, back on the sale screen
        try till.press("F2")
        #expect(till.state.route == .sale)
        #expect(till.state.sale.cart.customerID == customer.id)
        #expect(till.state.sale.cart.lines.count == 1)
    }

    @Test func aNameListsEveryMatchAndEnterOpensTheHighlightedOne() throws {
        let (till, customer) = try Self.till()
        try till.press("M-c")
        let surname = String(try #require(customer.name.split(separator: " ").last))
        till.type(surname)
        #expect(till.state.customers.results.contains(customer))
        if till.state.customers.results.count > 1 {
            #expect(till.screen(width: 200, height: 60).contains { $0.contains("Customers matching \"\(surname)\"") })
            let index = try #require(till.state.customers.results.firstIndex(of: customer))
            for _ in 0..<index { try till.press("down") }
            till.type("")
        }
        #expect(till.state.customers.profile?.customer.id == customer.id)
        try till.press("esc")
        #expect(till.state.customers.profile == nil)
        try till.press("esc")
        #expect(till.state.route == .sale)
    }

    @Test func aNewCustomerIsEnrolledInAFewKeystrokesAndGoesToTheHub() throws {
        let (till, _) = try Self.till()
        let events = try till.database.outbox().count
        // When: Alt-C, F3, name, phone, no card, consent
        try till.press("M-c")
        try till.press("F3")
        #expect(till.screen().contains { $0.contains("New customer") })
        till.type("Ada Lovelace")
        till.type("+41 79 555 00 11")
        #expect(till.screen(width: 200, height: 60).contains { $0.contains("Card ›") })
        till.type("")
        till.type("y")
        // Then she is stored, her profile is open, and an outbox event takes her to the other lanes
        let ada = try #require(till.state.customers.profile?.customer)
        #expect(ada.name == "Ada Lovelace" && ada.phone == "+41795550011" && ada.cardCode == nil && ada.marketingConsent)
        #expect(try till.database.customer(matching: "079 555 00 11") == nil)
        #expect(try till.database.customer(matching: "+41 79 555 00 11") == ada)
        #expect(try till.database.outbox().count == events + 1)
        // When F4 changes her consent
        try till.press("F4")
        #expect(till.state.customers.profile?.customer.marketingConsent == false)
        #expect(try till.database.customer(id: ada.id)?.marketingConsent == false)
    }

    @Test func aCardScannedWhileEnrollingIsTheNewCustomersCard() throws {
        let (till, _) = try Self.till()
        try till.press("M-c")
        try till.press("F3")
        till.type("Grace Hopper")
        till.type("")
        till.app.send(.scanned(ScanEvent(text: "2912345678906", source: .keyboard)))
        #expect(till.state.customers.enrolment?.answers[.card] == "2912345678906")
        till.type("")
        #expect(till.state.customers.profile?.customer.cardCode == "2912345678906")
        // And scanning it on the customers screen finds her
        try till.press("esc")
        till.app.send(.scanned(ScanEvent(text: "2912345678906", source: .keyboard)))
        #expect(till.state.customers.profile?.customer.name == "Grace Hopper")
    }

    @Test func theProfileShowsPurchasesWithTheirPointsAtBothSizes() throws {
        // Given c000001 bought two cappuccinos (10.40, 10 points) on this till
        let (till, customer) = try Self.till()
        try till.press("F9")
        till.type(try #require(customer.phone))
        till.type("2*102")
        till.type("CA")
        // When the profile is opened
        try till.press("M-c")
        till.type(try #require(customer.phone))
        // Then 80×24 and 200×60 show the points and the purchase
        for (width, height) in [(80, 24), (200, 60)] {
            let screen = till.screen(width: width, height: height)
            #expect(screen.contains { $0.contains("Points") && $0.hasSuffix("10│") || $0.contains("Points") && $0.contains(" 10") },
                    "\(width)×\(height)")
            #expect(screen.contains { $0.contains("10.40") && $0.contains("+10") }, "\(width)×\(height)")
            #expect(screen.contains { $0.contains("Purchases here (1)") }, "\(width)×\(height)")
        }
    }

    @Test func answersFromTheStoreLandOnTheScreenThatAsked() throws {
        // Reducer: a search that finds nobody says so, an empty search asks for something
        let (till, _) = try Self.till()
        try till.press("M-c")
        till.app.send(.loyalty(.customersFound(query: "Zed", [])))
        #expect(till.state.customers.message?.text == "Nobody matches \"Zed\": F3 enrols a new customer")
        till.type("")
        #expect(till.state.customers.message?.text == "Type a phone number, a name or scan a card, then Enter")
        #expect(till.screen().contains { $0.contains("Find ›") })
        // A refusal while paying rings the bell with the reason
        till.app.send(.loyalty(.redemptionRefused("Voucher X is used up: nothing is left on it.")))
        #expect(till.state.sale.message?.text == "Voucher X is used up: nothing is left on it.")
    }
}
