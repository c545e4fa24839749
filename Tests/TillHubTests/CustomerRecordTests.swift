import Testing
@testable import TillHub
import TillWire

@Suite struct CustomerRecordTests {
    private let early = FieldStamp(hlc: 100, terminal: "t1")
    private let late = FieldStamp(hlc: 200, terminal: "t1")

    @Test func aNewCustomerTakesTheWholeRecord() {
        var record = CustomerRecord()
        record.merge(CustomerEdit(customer: ["id": .string("c1"), "name": .string("Lea"), "phone": .string("1")], changed: ["name"]),
                     stamp: early)
        #expect(record.fields == ["id": .string("c1"), "name": .string("Lea"), "phone": .string("1")])
        #expect(record.stamps == ["name": early])
    }

    @Test func anEarlierEditLosesALaterOneWinsAndUnchangedFieldsStay() {
        var record = CustomerRecord(fields: ["id": .string("c1"), "name": .string("Lea"), "phone": .string("1")],
                                    stamps: ["phone": late])
        record.merge(CustomerEdit(customer: ["id": .string("c1"), "name": .string("Leo"), "phone": .string("2")], changed: ["phone"]),
                     stamp: early)
        #expect(record.fields["phone"] == .string("1"))
        #expect(record.fields["name"] == .string("Lea"))
        record.merge(CustomerEdit(customer: ["id": .string("c1"), "phone": .string("3")], changed: ["phone"]),
                     stamp: FieldStamp(hlc: 300, terminal: "t2"))
        #expect(record.fields["phone"] == .string("3"))
    }

    @Test func aChangedFieldMissingFromTheRecordIsCleared() {
        var record = CustomerRecord(fields: ["id": .string("c1"), "email": .string("a@b.ch")], stamps: [:])
        record.merge(CustomerEdit(customer: ["id": .string("c1")], changed: ["email"]), stamp: early)
        #expect(record.fields["email"] == .null)
    }

    @Test func theIDIsNeverOverwritten() {
        var record = CustomerRecord(fields: ["id": .string("c1")], stamps: [:])
        record.merge(CustomerEdit(customer: ["id": .string("c2")], changed: ["id"]), stamp: late)
        #expect(record.fields["id"] == .string("c1"))
    }

    @Test func theDriftGuardClampsReadingsAheadOfTheHub() {
        let now: Int64 = 1_000_000
        #expect(ClockDrift.effective(PackedHLC.make(millis: now + 1_000), nowMillis: now) == PackedHLC.make(millis: now + 1_000))
        #expect(ClockDrift.effective(PackedHLC.make(millis: now + 86_400_000), nowMillis: now) == PackedHLC.make(millis: now + 300_000))
    }
}
