import Testing
import TillCore

@Suite struct UPCETests {
    /// UPC-E with check digit → UPC-A, one row per last-data-digit rule of hardware.md §4.4.
    static let table: [(upcE: String, upcA: String)] = [
        ("04252614", "042100005264"),
        ("01234505", "012000003455"),
        ("01234514", "012100003454"),
        ("01234523", "012200003453"),
        ("01234531", "012300000451"),
        ("01234543", "012340000053"),
        ("01234558", "012345000058"),
        ("01234596", "012345000096"),
        ("12345670", "123456000070"),
    ]

    @Test(arguments: table)
    func expandsEightDigits(upcE: String, upcA: String) throws {
        #expect(try UPCE.expand(upcE) == upcA)
    }

    @Test(arguments: table)
    func expandsSevenDigitsWithoutCheckDigit(upcE: String, upcA: String) throws {
        #expect(try UPCE.expand(String(upcE.prefix(7))) == upcA)
    }

    @Test func sixDigitsMeanNumberSystemZero() throws {
        #expect(try UPCE.expand("425261") == "042100005264")
    }

    @Test(arguments: table)
    func compressesBack(upcE: String, upcA: String) throws {
        #expect(try UPCE.compress(upcA) == upcE)
    }

    @Test func roundTripsAcrossTheNumberSpace() throws {
        // Given many UPC-E bodies, when expanded and compressed again, then the same UPC-A comes back.
        for body in stride(from: 0, to: 1_000_000, by: 7_919) {
            let six = String(repeating: "0", count: 6 - String(body).count) + String(body)
            let upcA = try UPCE.expand("1" + six)
            let upcE = try #require(try UPCE.compress(upcA))
            #expect(try UPCE.expand(upcE) == upcA)
        }
    }

    @Test func someUPCAHaveNoUPCE() throws {
        #expect(try UPCE.compress("036000291452") == nil)
        #expect(try UPCE.compress("212345000052") == nil, "number system 2 has no UPC-E")
    }

    @Test func refusals() {
        #expect(throws: BarcodeError.badUPCENumberSystem(2)) { try UPCE.expand("24252614") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 4, found: 5)) { try UPCE.expand("04252615") }
        #expect(throws: BarcodeError.wrongLength(got: 5, allowed: [6, 7, 8])) { try UPCE.expand("42526") }
        #expect(throws: BarcodeError.invalidCharacter("-", position: 4)) { try UPCE.expand("042-5261") }
        #expect(throws: BarcodeError.wrongLength(got: 11, allowed: [12])) { try UPCE.compress("04210000526") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 4, found: 5)) { try UPCE.compress("042100005265") }
    }
}
