import Testing
import TillCore

@Suite struct GS1ElementStringTests {
    typealias Element = GS1ElementString.Element
    let gs = "\u{1D}"

    @Test func hardwareVector() throws {
        let gs1 = try GS1ElementString("010952123454321317100101" + "10123ABC" + gs + "211234567890")
        #expect(gs1.elements == [
            Element(ai: "01", value: "09521234543213"),
            Element(ai: "17", value: "100101"),
            Element(ai: "10", value: "123ABC"),
            Element(ai: "21", value: "1234567890"),
        ])
        #expect(gs1.gtin?.normalized == "09521234543213")
        #expect(gs1.gtin?.kind == .gtin14)
        #expect(gs1["10"] == "123ABC")
        #expect(gs1["99"] == nil)
        let expiry = try #require(gs1.date("17"))
        #expect((expiry.year, expiry.month, expiry.day) == (10, 1, 1))
        #expect(gs1.date("10") == nil, "(10) is not a date")
        #expect(gs1.netWeightGrams == nil)
        #expect(gs1.price == nil)
    }

    @Test func substituteSeparator() throws {
        let withGS = try GS1ElementString("0109521234543213" + "10123ABC" + gs + "211234567890")
        let withBar = try GS1ElementString("0109521234543213" + "10123ABC|211234567890", gsSubstitute: "|")
        #expect(withBar == withGS)
    }

    @Test func substituteMustNotAppearInData() throws {
        for usable: Character in ["|", "~", "#", "^"] {
            try GS1ElementString.checkSubstitute(usable)
        }
        for unusable: Character in ["A", "7", "%", "_", "\u{1D}"] {
            #expect(throws: BarcodeError.unusableGSSubstitute(unusable)) { try GS1ElementString.checkSubstitute(unusable) }
        }
        #expect(throws: BarcodeError.unusableGSSubstitute("-")) { try GS1ElementString("10AB", gsSubstitute: "-") }
    }

    @Test func separatorsAreToleratedWhereAnIdentifierIsExpected() throws {
        let gs1 = try GS1ElementString(gs + "0109521234543213" + gs + "17100101" + gs + gs + "10AB" + gs)
        #expect(gs1.elements.map(\.ai) == ["01", "17", "10"])
    }

    @Test(arguments: [
        ("3103001250", 1250), ("3102001250", 12_500), ("3100000002", 2000), ("3105012345", 123), ("3104001235", 124),
        ("3202001000", 4536), ("3200000001", 454),
    ] as [(String, Int64)])
    func netWeightInGrams(field: String, grams: Int64) throws {
        let gs1 = try GS1ElementString("0195012345678903" + field)
        #expect(gs1.netWeightGrams == grams)
        #expect(gs1.gtin?.digits == "95012345678903")
    }

    @Test func kilogramsWinOverPounds() throws {
        let gs1 = try GS1ElementString("3202001000" + "3103001250")
        #expect(gs1.netWeightGrams == 1250)
    }

    @Test func price() throws {
        let gs1 = try GS1ElementString("0195012345678903" + "3922499" + gs + "10LOT7")
        #expect(gs1.price == BarcodePrice(amount: 499, decimals: 2))
        #expect(gs1["3922"] == "499")
        #expect(gs1["10"] == "LOT7")
    }

    @Test func priceWithCurrencyIsKeptAsAField() throws {
        let gs1 = try GS1ElementString("3932978499")
        #expect(gs1.elements == [Element(ai: "3932", value: "978499")])
        #expect(gs1.price == nil)
        #expect(throws: BarcodeError.gs1FieldTooShort(ai: "3932", minimum: 4, got: 3)) { try GS1ElementString("3932978") }
    }

    @Test func otherCommonIdentifiers() throws {
        let gs1 = try GS1ElementString(
            "00106141411234567897" + "0209521234543213" + "11250101" + "13250102" + "15250103" + "16250104"
                + "2001" + "3112000150" + "30" + "12" + gs + "3712" + gs + "240ABC-1" + gs + "91INTERNAL"
        )
        #expect(gs1.elements.map(\.ai) == ["00", "02", "11", "13", "15", "16", "20", "3112", "30", "37", "240", "91"])
        #expect(gs1["00"] == "106141411234567897")
        #expect(gs1.gtin == nil, "(02) names the contents, not this item")
        #expect(gs1.date("15") == GS1Date(yymmdd: "250103"))
        #expect(gs1["3112"] == "000150")
    }

    @Test func dayZeroAndLeapDays() throws {
        #expect(try GS1ElementString("17251200").date("17")?.day == 0)
        #expect(try GS1ElementString("17240229").date("17")?.day == 29)
        #expect(throws: BarcodeError.gs1InvalidDate(ai: "17", value: "250229")) { try GS1ElementString("17250229") }
        #expect(throws: BarcodeError.gs1InvalidDate(ai: "17", value: "101301")) { try GS1ElementString("17101301") }
        #expect(throws: BarcodeError.gs1InvalidDate(ai: "15", value: "250431")) { try GS1ElementString("15250431") }
        #expect(throws: BarcodeError.gs1InvalidDate(ai: "11", value: "250001")) { try GS1ElementString("11250001") }
    }

    @Test func refusals() {
        #expect(throws: BarcodeError.empty) { try GS1ElementString("") }
        #expect(throws: BarcodeError.empty) { try GS1ElementString(gs + gs) }
        #expect(throws: BarcodeError.unknownApplicationIdentifier("7003")) {
            try GS1ElementString("0109521234543213" + "70031234")
        }
        #expect(throws: BarcodeError.unknownApplicationIdentifier("3106")) { try GS1ElementString("3106001250") }
        #expect(throws: BarcodeError.unknownApplicationIdentifier("310")) { try GS1ElementString("310") }
        #expect(throws: BarcodeError.unknownApplicationIdentifier("AB")) { try GS1ElementString("AB") }
        #expect(throws: BarcodeError.gs1FieldTooShort(ai: "01", minimum: 14, got: 3)) { try GS1ElementString("01123") }
        #expect(throws: BarcodeError.gs1FieldTooShort(ai: "17", minimum: 6, got: 4)) { try GS1ElementString("171001" + gs + "10AB") }
        #expect(throws: BarcodeError.gs1FieldTooShort(ai: "10", minimum: 1, got: 0)) { try GS1ElementString("10" + gs + "21X") }
        #expect(throws: BarcodeError.gs1FieldTooLong(ai: "10", maximum: 20, got: 21)) {
            try GS1ElementString("10" + String(repeating: "A", count: 21))
        }
        #expect(throws: BarcodeError.gs1InvalidCharacter(ai: "10", "#")) { try GS1ElementString("10AB#") }
        #expect(throws: BarcodeError.gs1InvalidCharacter(ai: "10", " ")) { try GS1ElementString("10AB C") }
        #expect(throws: BarcodeError.gs1InvalidCharacter(ai: "30", "A")) { try GS1ElementString("3012A") }
        #expect(throws: BarcodeError.gs1InvalidCharacter(ai: "01", "O")) { try GS1ElementString("01O9521234543213") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 3, found: 4)) { try GS1ElementString("0109521234543214") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 7, found: 8)) { try GS1ElementString("00106141411234567898") }
    }
}

@Suite struct GS1DateTests {
    @Test func readsYYMMDD() throws {
        let date = try #require(GS1Date(yymmdd: "100101"))
        #expect((date.year, date.month, date.day) == (10, 1, 1))
    }

    @Test(arguments: ["", "10010", "1001011", "10o101", "101301", "100001", "100132", "230229", "230431"])
    func refuses(text: String) {
        #expect(GS1Date(yymmdd: text) == nil)
    }

    @Test(arguments: [
        ("100101", 2025, 2010), ("991231", 2025, 1999), ("750101", 2025, 2075), ("760101", 2025, 1976),
        ("100101", 2080, 2110), ("290101", 2080, 2129), ("310101", 2080, 2031), ("000101", 2000, 2000),
    ])
    func centuryBySlidingWindow(text: String, currentYear: Int, expected: Int) throws {
        #expect(try #require(GS1Date(yymmdd: text)).fullYear(relativeTo: currentYear) == expected)
    }
}
