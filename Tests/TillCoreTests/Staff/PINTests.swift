import Foundation
import Testing
import TillCore

@Suite struct PINTests {
    @Test(arguments: ["1234", "00000000", "0042", "987654"])
    func fourToEightDigitsAreAPIN(text: String) throws {
        #expect(try PIN(text).digits == text)
    }

    @Test(arguments: ["", "123", "123456789", "12 34", " 1234", "1234\n", "12a4", "١٢٣٤", "１２３４", "-123", "+1234"])
    func anythingElseIsRefused(text: String) {
        #expect(throws: StaffError.pinFormat) { try PIN(text) }
    }

    @Test func thePINNeverShowsInText() throws {
        let pin = try PIN("4711")
        #expect(!"\(pin)".contains("4711"))
        #expect(!String(reflecting: pin).contains("4711"))
        #expect(StaffError.pinFormat.description == "A PIN is 4 to 8 digits (0-9); type it again.")
    }
}
