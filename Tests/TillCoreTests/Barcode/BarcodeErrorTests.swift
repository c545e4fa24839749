import Testing
import TillCore

@Suite struct BarcodeErrorTests {
    @Test(arguments: [
        (BarcodeError.empty, "nothing was scanned: scan again"),
        (.invalidCharacter("X", position: 5), "“X” at position 5 is not a digit: rescan or key the code"),
        (.invalidCharacter("\u{1D}", position: 2), "“U+001D” at position 2 is not a digit: rescan or key the code"),
        (.wrongLength(got: 4, allowed: [6, 7, 8, 12, 13, 14]), "the code has 4 digits, expected 6, 7, 8, 12, 13 or 14: rescan or key the code"),
        (.wrongLength(got: 13, allowed: [8]), "the code has 13 digits, expected 8: rescan or key the code"),
        (.badCheckDigit(expected: 1, found: 7), "check digit is 7, expected 1: rescan or key the code"),
        (.badUPCENumberSystem(3), "a UPC-E code starts with 0 or 1, not 3: rescan or key the code"),
        (.badPriceVerifier(expected: 2, found: 3), "the price check digit on the label is 3, expected 2: key the price by hand"),
        (.malformedSymbologyIdentifier("]E"), "the scanner sent a cut-short symbology identifier “]E”: check the scanner set-up"),
        (.unsupportedSymbology("]E3"), "codes of symbology ]E3 are not supported: key the code"),
        (.unknownApplicationIdentifier("7003"), "the GS1 code holds an unknown field starting “7003”: key the code"),
        (.gs1FieldTooShort(ai: "01", minimum: 14, got: 3), "GS1 field (01) has 3 characters, needs 14: rescan"),
        (.gs1FieldTooLong(ai: "10", maximum: 20, got: 28),
         "GS1 field (10) has 28 characters, at most 20: is the scanner dropping the GS separator?"),
        (.gs1InvalidCharacter(ai: "10", "#"), "GS1 field (10) may not contain “#”: check the scanner keyboard layout"),
        (.gs1InvalidDate(ai: "17", value: "101301"), "GS1 date (17) 101301 is not a valid YYMMDD date: rescan"),
        (.unusableGSSubstitute("A"), "“A” can appear inside GS1 data, so it cannot stand in for GS: choose # | ~ or ^"),
        (.invalidLayout(prefix: 19, reason: "the prefix must be 20–29"),
         "variable-measure rule for prefix 19 is invalid: the prefix must be 20–29"),
    ])
    func messages(error: BarcodeError, message: String) {
        #expect(error.message == message)
    }
}
