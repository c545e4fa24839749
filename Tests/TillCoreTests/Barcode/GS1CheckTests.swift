import Testing
import TillCore

@Suite struct GS1CheckTests {
    @Test(arguments: ["4006381333931", "5901234123457", "96385074", "042100005264", "09521234543213"])
    func hardwareVectorsAreValid(code: String) throws {
        #expect(GS1Check.isValid(code))
        let payload = String(code.dropLast())
        #expect(try GS1Check.checkDigit(for: payload) == Int(String(code.suffix(1))))
    }

    @Test func everySingleDigitChangeIsCaught() {
        // Given a valid EAN-13, when any one digit is replaced by another, then it is no longer valid.
        let code = Array("4006381333931")
        for position in code.indices {
            for digit in "0123456789" where digit != code[position] {
                var changed = code
                changed[position] = digit
                #expect(!GS1Check.isValid(String(changed)), "\(String(changed))")
            }
        }
    }

    @Test func notACodeIsNotValid() {
        #expect(!GS1Check.isValid(""))
        #expect(!GS1Check.isValid("7"))
        #expect(!GS1Check.isValid("400638133393A"))
    }

    @Test func checkDigitRefusesNonDigits() {
        #expect(throws: BarcodeError.empty) { try GS1Check.checkDigit(for: "") }
        #expect(throws: BarcodeError.invalidCharacter("a", position: 3)) { try GS1Check.checkDigit(for: "12a4") }
    }

    @Test(arguments: [("2875", 9), ("14685", 6), ("00199", 2), ("0249", 1), ("01250", 7), ("0000", 0)])
    func priceVerifierDigit(value: String, expected: Int) throws {
        #expect(try GS1Check.priceVerifierDigit(for: value) == expected)
    }

    @Test func priceVerifierNeedsFourOrFiveDigits() {
        #expect(throws: BarcodeError.wrongLength(got: 3, allowed: [4, 5])) { try GS1Check.priceVerifierDigit(for: "123") }
        #expect(throws: BarcodeError.wrongLength(got: 6, allowed: [4, 5])) { try GS1Check.priceVerifierDigit(for: "123456") }
        #expect(throws: BarcodeError.invalidCharacter(".", position: 2)) { try GS1Check.priceVerifierDigit(for: "1.99") }
    }

    @Test func priceVerifierCatchesEverySingleDigitChange() throws {
        // §7.9.2: the weighting tables are permutations, so one wrong digit always changes the verifier.
        for value in ["2875", "14685"] {
            let verifier = try GS1Check.priceVerifierDigit(for: value)
            let digits = Array(value)
            for position in digits.indices {
                for digit in "0123456789" where digit != digits[position] {
                    var changed = digits
                    changed[position] = digit
                    #expect(try GS1Check.priceVerifierDigit(for: String(changed)) != verifier)
                }
            }
        }
    }
}
