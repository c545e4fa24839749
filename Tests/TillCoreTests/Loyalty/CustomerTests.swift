import Foundation
import Testing
import TillCore

@Suite struct CustomerTests {
    @Test func fieldsAreTrimmedAndThePhoneNormalized() throws {
        let customer = try Customer(id: "c-1", name: "  Lea Keller ", phone: " +41 79 123 45 67", email: " lea@example.ch ",
                                    cardCode: " 2900001 ", notes: " vegan\n", marketingConsent: true)
        #expect(customer.name == "Lea Keller")
        #expect(customer.phone == "+41791234567")
        #expect(customer.email == "lea@example.ch")
        #expect(customer.cardCode == "2900001")
        #expect(customer.notes == "vegan")
        #expect(customer.marketingConsent)
    }

    @Test func blankOptionalFieldsAreAbsent() throws {
        let customer = try Customer(id: "c-1", name: "Lea", phone: "  ", email: "", cardCode: " ")
        #expect(customer.phone == nil && customer.email == nil && customer.cardCode == nil)
        #expect(!customer.marketingConsent)
    }

    @Test func aCustomerNeedsAnIDANameAndAPhoneWithDigits() {
        #expect(throws: CustomerError.blankID) { try Customer(id: " ", name: "Lea") }
        #expect(throws: CustomerError.blankName(id: "c-1")) { try Customer(id: "c-1", name: "\n") }
        #expect(throws: CustomerError.phoneWithoutDigits(id: "c-1")) { try Customer(id: "c-1", name: "Lea", phone: "n/a") }
        #expect(CustomerError.blankName(id: "c-1").description == "Give customer c-1 a name.")
    }

    @Test(arguments: [
        ("+41 79 123 45 67", "+41791234567"),
        ("+41791234567", "+41791234567"),
        ("079/123.45.67", "0791234567"),
        ("(044) 123-4567", "0441234567"),
        (" + 41 79", "+4179"),
        ("41+79", "4179"),
        ("０７９", ""),
    ])
    func phonesKeepDigitsAndALeadingPlus(typed: String, normalized: String) {
        #expect(Customer.normalizedPhone(typed) == normalized)
    }

    @Test func decodingRunsTheSameChecks() throws {
        let customer = try Customer(id: "c-1", name: "Lea", phone: "+41 79 123 45 67")
        let data = try JSONEncoder().encode(customer)
        #expect(try JSONDecoder().decode(Customer.self, from: data) == customer)
        let blank = Data(#"{"id":"c-2","name":" ","notes":"","marketingConsent":false}"#.utf8)
        #expect(throws: CustomerError.blankName(id: "c-2")) { try JSONDecoder().decode(Customer.self, from: blank) }
    }
}
