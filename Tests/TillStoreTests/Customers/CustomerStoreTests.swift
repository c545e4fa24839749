import Foundation
import GRDB
import Testing
import TillCore
@testable import TillStore

@Suite struct CustomerStoreTests {
    let database: AppDatabase
    let lea: Customer

    init() throws {
        database = try AppDatabase.makeTemporary()
        lea = try Customer(id: "c-1", name: "Lea Keller", phone: "+41 79 123 45 67", email: "lea@example.ch",
                           cardCode: "2900001", notes: "", marketingConsent: true)
        try database.saveCustomer(lea, at: StaffFixture.noon)
    }

    @Test func aCustomerIsFoundByCard() throws {
        #expect(try database.customer(matching: "2900001") == lea)
        #expect(try database.customer(matching: " 2900001\n") == lea)
        #expect(try database.customer(matching: "2900002") == nil)
        #expect(try database.customer(matching: "  ") == nil)
    }

    @Test(arguments: ["+41 79 123 45 67", "+41791234567", " +41 (79) 123-45-67 "])
    func aCustomerIsFoundByPhoneHoweverItIsSpaced(typed: String) throws {
        #expect(try database.customer(matching: typed) == lea)
    }

    @Test func aNationalNumberIsADifferentNumber() throws {
        // Normalizing keeps digits; it does not guess a country code.
        #expect(try database.customer(matching: "079 123 45 67") == nil)
    }

    @Test func savingAgainUpdatesAndKeepsWhenTheCustomerWasCreated() throws {
        let renamed = try Customer(id: "c-1", name: "Lea Keller-Huber", phone: "+41791234567", cardCode: "2900001")
        try database.saveCustomer(renamed, at: StaffFixture.seconds(60))
        #expect(try database.customer(matching: "2900001") == renamed)
        let row = try database.writer.read { try Row.fetchOne($0, sql: "SELECT created_at, updated_at, email FROM customer") }
        #expect(row?["created_at"] == "2025-10-09T08:53:20.000Z")
        #expect(row?["updated_at"] == "2025-10-09T08:54:20.000Z")
        #expect(row?["email"] == nil as String?)
        #expect(try database.count("customer") == 1)
    }

    @Test func aCardBelongsToOneCustomer() throws {
        let tom = try Customer(id: "c-2", name: "Tom", cardCode: "2900001")
        #expect(throws: StoreError.conflict("Card 2900001 already belongs to customer c-1; give customer c-2 another card.")) {
            try database.saveCustomer(tom, at: StaffFixture.noon)
        }
        #expect(try database.count("customer") == 1)
    }

    @Test func aSharedPhoneFindsTheLongestKnownCustomer() throws {
        try database.saveCustomer(try Customer(id: "c-0", name: "Lea's partner", phone: "+41791234567"), at: StaffFixture.seconds(60))
        #expect(try database.customer(matching: "+41 79 123 45 67")?.id == "c-1")
    }

    @Test func everySaveIsAnOutboxEventNamingTheFieldsItSet() throws {
        // Given Lea as first saved; When she is saved again with a new name and nothing else
        try database.saveCustomer(try Customer(id: "c-1", name: "Lea K."), at: StaffFixture.seconds(60))

        // Then each save is an event with the whole record and the fields it set (all of them at first)
        let payloads = try database.payloads("customer")
        let records = payloads.map { $0["customer"] as? [String: Any] }
        #expect(records.map { $0?["name"] as? String } == ["Lea Keller", "Lea K."])
        #expect(records.first??["phone"] as? String == "+41791234567")
        #expect(records.first??["marketingConsent"] as? Bool == true)
        #expect(payloads.first?["changed"] as? [String] == ["cardCode", "email", "id", "marketingConsent", "name", "notes", "phone"])
        // A dropped phone is sent as null, so the hub clears it too
        #expect(payloads.last?["changed"] as? [String] == ["cardCode", "email", "marketingConsent", "name", "phone"])
        #expect(records.last??["phone"] is NSNull)
    }
}
