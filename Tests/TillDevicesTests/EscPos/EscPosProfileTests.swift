import Testing
import TillDevices

/// Printer profiles refuse values no printer has, and the built-in ones are valid.
@Suite struct EscPosProfileTests {
    private let cp437 = [CodePageSlot(.cp437, 0)]

    @Test func builtInProfilesAreValidAndDistinct() {
        let profiles = PrinterProfile.builtIn

        #expect(profiles.map(\.columns) == [48, 32, 48, 42])
        #expect(profiles.map(\.dotsPerLine) == [576, 384, 576, 512])
        #expect(Set(profiles.map(\.name)).count == profiles.count)
    }

    @Test func columnsMustBe24To64() {
        #expect(throws: EscPosError.columnsOutOfRange(profile: "Pole", columns: 20)) {
            try PrinterProfile(name: "Pole", columns: 20, dotsPerLine: 384, codePages: cp437)
        }
        #expect(throws: Never.self) { try PrinterProfile(name: "Wide", columns: 64, dotsPerLine: 832, codePages: cp437) }
    }

    @Test func dotsMustBeAPositiveMultipleOfEight() {
        #expect(throws: EscPosError.dotsPerLineInvalid(profile: "X", dots: 380)) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 380, codePages: cp437)
        }
        #expect(throws: EscPosError.dotsPerLineInvalid(profile: "X", dots: 0)) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 0, codePages: cp437)
        }
    }

    @Test func countsMustFitTheirCommandByte() {
        #expect(throws: EscPosError.noCodePages(profile: "X")) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 384, codePages: [])
        }
        #expect(throws: EscPosError.profileValueOutOfRange(profile: "X", field: "feed lines before cut", value: 256,
                                                           allowed: 0...255)) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 384, codePages: cp437, feedLinesBeforeCut: 256)
        }
        #expect(throws: EscPosError.profileValueOutOfRange(profile: "X", field: "cut extra dots", value: -1,
                                                           allowed: 0...255)) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 384, codePages: cp437, cut: .gsVFeed(extraDots: -1))
        }
        #expect(throws: EscPosError.profileValueOutOfRange(profile: "X", field: "image band rows", value: 0,
                                                           allowed: 1...2047)) {
            try PrinterProfile(name: "X", columns: 32, dotsPerLine: 384, codePages: cp437, imageBandRows: 0)
        }
    }

    @Test func errorDescriptionsSayWhatIsAccepted() {
        let descriptions: [(EscPosError, String)] = [
            (.columnsOutOfRange(profile: "Pole", columns: 20), "use 24 to 64"),
            (.badBarcodeData(.ean13, data: "123", accepted: "12 digits, or 13 ending in their check digit"),
             "“123” cannot be printed as EAN-13: it takes 12 digits, or 13 ending in their check digit."),
            (.wrongCheckDigit(.ean13, data: "4006381333932", expected: 1),
             "The EAN-13 “4006381333932” ends in the wrong check digit: it should end in 1."),
            (.imageTooWide(width: 800, maximum: 576), "scale it down to at most 576"),
            (.qrDataTooLong(count: 3000, maximum: 2953, kind: "bytes"), "at most 2953 bytes"),
            (.barcodeTooWide(.code128, modules: 495, dotsPerLine: 384), "Code 128"),
        ]
        for (error, expected) in descriptions {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
