import Foundation
import Testing
import TillCore

@Suite struct CashMovementTests {
    let at = ShiftFixtures.minutes(30)

    @Test func paidOutTakesCashOutAndPaidInPutsItIn() throws {
        let out = try CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(1_250),
                                   reason: " milk ", staffID: "ann", at: at)
        #expect(out.reason == "milk")
        #expect(out.drawerEffect == ShiftFixtures.euros(-1_250))
        let into = try CashMovement(id: "m2", kind: .paidIn, amount: ShiftFixtures.euros(2_000),
                                    reason: "change from safe", staffID: "sam", at: at)
        #expect(into.drawerEffect == ShiftFixtures.euros(2_000))
    }

    @Test func everyMovementNeedsAReason() {
        #expect(throws: ShiftError.reasonMissing(.noSale)) {
            try CashMovement(id: "m1", kind: .noSale, amount: .zero(ShiftFixtures.euro), reason: "", staffID: "ann", at: at)
        }
        #expect(throws: ShiftError.reasonMissing(.paidOut)) {
            try CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(100), reason: "  ", staffID: "ann", at: at)
        }
    }

    @Test func amountsMustFitTheKind() {
        #expect(throws: ShiftError.amountNotPositive(what: "paid out amount")) {
            try CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(0), reason: "milk", staffID: "ann", at: at)
        }
        #expect(throws: ShiftError.amountNotPositive(what: "paid in amount")) {
            try CashMovement(id: "m1", kind: .paidIn, amount: ShiftFixtures.euros(-5), reason: "float", staffID: "ann", at: at)
        }
        #expect(throws: ShiftError.noSaleWithAmount) {
            try CashMovement(id: "m1", kind: .noSale, amount: ShiftFixtures.euros(5), reason: "change", staffID: "ann", at: at)
        }
    }

    @Test func movementsRoundTripAndDecodingRechecks() throws {
        let out = try CashMovement(id: "m1", kind: .paidOut, amount: ShiftFixtures.euros(1_250),
                                   reason: "milk", staffID: "ann", at: at)
        let data = try JSONEncoder().encode(out)
        #expect(try JSONDecoder().decode(CashMovement.self, from: data) == out)
        let tampered = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "1250", with: "-1250")
        #expect(throws: ShiftError.amountNotPositive(what: "paid out amount")) {
            try JSONDecoder().decode(CashMovement.self, from: Data(tampered.utf8))
        }
    }
}
