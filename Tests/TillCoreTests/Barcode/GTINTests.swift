import Testing
import TillCore

@Suite struct GTINTests {
    @Test(arguments: [
        ("4006381333931", GTIN.Kind.ean13, "04006381333931"),
        ("5901234123457", .ean13, "05901234123457"),
        ("96385074", .ean8, "00000096385074"),
        ("042100005264", .upcA, "00042100005264"),
        ("04252614", .upcE, "00042100005264"),
        ("0425261", .upcE, "00042100005264"),
        ("425261", .upcE, "00042100005264"),
        ("09521234543213", .gtin14, "09521234543213"),
    ])
    func kindIsInferredFromLength(code: String, kind: GTIN.Kind, normalized: String) throws {
        let gtin = try GTIN(code)
        #expect(gtin.kind == kind)
        #expect(gtin.digits == code)
        #expect(gtin.normalized == normalized)
    }

    @Test func everyPrintOfOneItemHasOneLookupKey() throws {
        // Given the same item as UPC-A, EAN-13 with a leading zero, and UPC-E in three lengths,
        let prints = ["042100005264", "0042100005264", "04252614", "0425261", "425261", "00042100005264"]
        // then all share one normalized key.
        let keys = Set(try prints.map { code throws(BarcodeError) in try GTIN(code).normalized })
        #expect(keys == ["00042100005264"])
    }

    @Test func leadingZerosAreKept() throws {
        let gtin = try GTIN("0042100005264")
        #expect(gtin.kind == .ean13)
        #expect(gtin.digits == "0042100005264")
        #expect(gtin.description == "0042100005264")
        #expect(try GTIN("00000096385074").digits == "00000096385074")
    }

    @Test func eightDigitsAreEAN8WhenTheirCheckDigitHolds() throws {
        // "12345670" is a valid EAN-8 and also a valid UPC-E: without an AIM id, EAN-8 wins.
        #expect(try GTIN("12345670").kind == .ean8)
        let upcE = try GTIN("12345670", kind: .upcE)
        #expect(upcE.normalized == "00123456000070")
        #expect(try GTIN("04252614").kind == .upcE)
    }

    @Test func eightDigitsThatCannotBeUPCEReportTheEAN8CheckDigit() {
        #expect(throws: BarcodeError.badCheckDigit(expected: 4, found: 5)) { try GTIN("96385075") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 4, found: 5)) { try GTIN("04252615") }
    }

    @Test func explicitKindChecksLengthAndCheckDigit() {
        #expect(throws: BarcodeError.wrongLength(got: 13, allowed: [8])) { try GTIN("4006381333931", kind: .ean8) }
        #expect(throws: BarcodeError.wrongLength(got: 8, allowed: [12])) { try GTIN("96385074", kind: .upcA) }
        #expect(throws: BarcodeError.badCheckDigit(expected: 0, found: 4)) { try GTIN("04252614", kind: .ean8) }
        #expect(throws: BarcodeError.badCheckDigit(expected: 3, found: 4)) { try GTIN("09521234543214", kind: .gtin14) }
    }

    @Test func refusals() {
        #expect(throws: BarcodeError.empty) { try GTIN("") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 1, found: 2)) { try GTIN("4006381333932") }
        #expect(throws: BarcodeError.invalidCharacter(" ", position: 12)) { try GTIN("40063813339 1") }
        #expect(throws: BarcodeError.invalidCharacter("٤", position: 1)) { try GTIN("٤٠٠٦٣٨١٣٣٣٩٣١") }
        #expect(throws: BarcodeError.wrongLength(got: 4, allowed: GTIN.allowedLengths)) { try GTIN("1234") }
        #expect(throws: BarcodeError.wrongLength(got: 15, allowed: [6, 7, 8, 12, 13, 14])) { try GTIN("040063813339310") }
        #expect(throws: BarcodeError.badUPCENumberSystem(3)) { try GTIN("3425261") }
    }

    @Test func allowedLengthsPerKind() {
        #expect(GTIN.Kind.upcE.allowedLengths == [6, 7, 8])
        #expect(Set(GTIN.Kind.allCases.flatMap(\.allowedLengths)) == Set(GTIN.allowedLengths))
    }
}
