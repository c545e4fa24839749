import Testing
import TillDevices

@Suite struct HIDBootKeyboardDecoderTests {
    typealias Reports = RecordedHIDReports

    /// What the decoder makes of `reports`, fed in order.
    static func scans(_ reports: [[UInt8]]) -> [String] {
        var decoder = HIDBootKeyboardDecoder()
        return reports.flatMap { decoder.scans(in: $0) }
    }

    static func typed(_ reports: [[UInt8]]) -> String {
        var decoder = HIDBootKeyboardDecoder()
        return String(reports.flatMap { decoder.characters(in: $0) })
    }

    @Test func aRecordedEAN13ScanIsOneScanWithoutItsEnter() {
        // Given a scanner's reports for 4006381333931 and Enter, each key pressed and released
        // When they are decoded
        // Then they make one scan, its doubled digits intact, without the terminator
        #expect(Self.scans(Reports.ean13) == ["4006381333931"])
    }

    @Test func eitherShiftTypesCapitalsAndShiftedSymbols() {
        // Given A with left Shift, b, C and D with right Shift held across a release, _ and ! shifted
        let reports = [
            Reports.press(0x04, modifiers: 0x02), Reports.release,
            Reports.press(0x05), Reports.release,
            Reports.press(0x06, modifiers: 0x20), Reports.press(modifiers: 0x20), Reports.press(0x07, modifiers: 0x20),
            Reports.press(modifiers: 0x20), Reports.press(0x2D, modifiers: 0x02), Reports.release,
            Reports.press(0x1E, modifiers: 0x02), Reports.release,
        ]

        // Then the capitals and symbols are typed as on a US keyboard
        #expect(Self.typed(reports) == "AbCD_!")
    }

    @Test func aKeyStillDownIsNotTypedAgainUntilReleased() {
        // Given 0 pressed, the same report again (held, or the keyboard's idle repeat), a release,
        // then 0 pressed again
        let zero = Reports.press(0x27)
        let reports = [zero, zero, Reports.release, zero]

        // Then two zeros are typed, not three
        #expect(Self.typed(reports) == "00")
    }

    @Test func aRolloverReportLeavesTheHeldKeysAsTheyWere() {
        // Given 1 and 2 held, a rollover error report (too many keys), then 1, 2 and 3 down
        let reports = [
            Reports.press(0x1E, 0x1F), [0, 0, 1, 1, 1, 1, 1, 1], Reports.press(0x1E, 0x1F, 0x20),
        ]

        // Then 1 and 2 are typed once and 3 when it appears; the error report types nothing
        #expect(Self.typed(reports) == "123")
        var decoder = HIDBootKeyboardDecoder()
        #expect(decoder.characters(in: [0, 0, 1, 1, 1, 1, 1, 1]).isEmpty)
    }

    @Test func severalKeysDownInOneReportAreTypedInSlotOrder() {
        #expect(Self.typed([Reports.press(0x05, 0x04, 0x06)]) == "bac")
    }

    @Test func ctrlBracketIsTheGS1Separator() {
        // Given a GS1-128 scan: (01) GTIN, FNC1 sent as Ctrl+] (left Ctrl, then right Ctrl), (21)
        // serial, Enter
        var reports: [[UInt8]] = []
        let keys: [(UInt8, UInt8)] = [
            (0x27, 0), (0x1E, 0), (0x27, 0), (0x26, 0), (0x22, 0), (0x30, 0x01), (0x1F, 0), (0x1E, 0),
            (0x04, 0x02), (0x30, 0x10), (0x1F, 0), (0x1F, 0), (0x28, 0),
        ]
        for (usage, modifiers) in keys { reports += [Reports.press(usage, modifiers: modifiers), Reports.release] }

        // Then the separators are GS (0x1D) in the scan, where a ] would corrupt the data
        #expect(Self.scans(reports) == ["01095\u{1D}21A\u{1D}22"])
    }

    @Test func ctrlWithALetterIsItsControlCharacterAndOtherShortcutsTypeNothing() {
        // Given Ctrl+B (STX, a common prefix), Alt+1, GUI+a and Ctrl+1
        let reports = [
            Reports.press(0x05, modifiers: 0x01), Reports.release, Reports.press(0x1E, modifiers: 0x04), Reports.release,
            Reports.press(0x04, modifiers: 0x08), Reports.release, Reports.press(0x1E, modifiers: 0x01), Reports.release,
        ]

        // Then only STX is typed
        #expect(Self.typed(reports) == "\u{02}")
    }

    @Test func theUSPunctuationUsagesTypeTheirSymbols() {
        // Given each usage from 0x2D to 0x38 pressed and released, plain and then shifted
        let usages = [UInt8](0x2D...0x38)
        let plain = usages.flatMap { [Reports.press($0), Reports.release] }
        let shifted = usages.flatMap { [Reports.press($0, modifiers: 0x02), Reports.release] }

        // Then they type the US keyboard's symbols (0x32 is the "Non-US # and ~" key)
        #expect(Self.typed(plain) == "-=[]\\#;'`,./")
        #expect(Self.typed(shifted) == "_+{}|~:\"~<>?")
    }

    @Test func theKeypadTypesDigitsAndItsEnterEndsAScan() {
        // Given keypad 1, 2, 0 and . (shifted, which the keypad ignores), then keypad Enter
        let usages: [UInt8] = [0x59, 0x5A, 0x62, 0x63, 0x58]
        let reports = usages.flatMap { [Reports.press($0, modifiers: 0x02), Reports.release] }

        #expect(Self.scans(reports) == ["120."])
    }

    @Test func tabEndsAScanAndATerminatorAloneEndsNone() {
        // Given a scan ended by Tab, an Enter with nothing before it, then a scan ended by Enter
        let reports = [
            Reports.press(0x04), Reports.release, Reports.press(0x2B), Reports.release,
            Reports.press(0x28), Reports.release,
            Reports.press(0x05), Reports.release, Reports.press(0x2C), Reports.release,
            Reports.press(0x06), Reports.release, Reports.press(0x28), Reports.release,
        ]

        // Then two scans, the space kept inside the second
        #expect(Self.scans(reports) == ["a", "b c"])
    }

    @Test func aScanSplitAcrossCallsIsJoined() {
        // Given the EAN-13 reports fed in two halves
        var decoder = HIDBootKeyboardDecoder()
        let first = Reports.ean13.prefix(10).flatMap { decoder.scans(in: $0) }
        let second = Reports.ean13.dropFirst(10).flatMap { decoder.scans(in: $0) }

        // Then the scan comes whole with the last half
        #expect(first.isEmpty)
        #expect(second == ["4006381333931"])
    }
}
