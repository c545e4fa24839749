import Testing
@testable import TillDevices

/// Code page choice, Star switching, transliteration and the characters that must never reach the
/// printer.
@Suite struct EscPosTextEncodingTests {
    /// The bytes of one plain line, without `ESC @` and the final LF.
    private func text(_ line: String, _ profile: PrinterProfile) throws -> [UInt8] {
        let bytes = try encode([.line(line)], profile: profile)
        return Array(bytes.dropFirst(2).dropLast())
    }

    @Test func asciiNeedsNoCodePage() throws {
        #expect(try text("Total 12.50", testProfile()) == Array("Total 12.50".utf8))
    }

    @Test func umlautComesFromTheFirstSlotThatHasIt() throws {
        // Given CP437 in slot 0 and CP858 in slot 19; ü is in both
        let bytes = try text("ü", testProfile())

        // Then the first slot is chosen, and selected even though it may be the power-on page
        #expect(bytes == hex("1b 74 00 81"))
    }

    @Test func euroSwitchesToTheSlotThatHasItAndStaysThere() throws {
        // Given CP437 first; € is only in CP858 (slot 19), and CP858 also has ü
        let bytes = try text("ü€ü", testProfile())

        // Then one switch for €, and ü after it is taken from CP858 without switching back
        #expect(bytes == hex("1b 74 00 81 1b 74 13 d5 81"))
    }

    @Test func slotNumbersComeFromTheProfile() throws {
        // Given a printer that numbers CP1252 as 16 and has no CP858
        let profile = try testProfile(codePages: [CodePageSlot(.cp437, 0), CodePageSlot(.cp1252, 16)])

        #expect(try text("€", profile) == hex("1b 74 10 80"))
    }

    @Test func starPrintersUseEscGsT() throws {
        let profile = try testProfile(codePages: [CodePageSlot(.cp866, 10)], star: true)

        #expect(try text("Привет", profile) == hex("1b 1d 74 0a 8f e0 a8 a2 a5 e2"))
    }

    @Test func codePageIsSentAgainInEachDocument() throws {
        // Given two jobs: ESC @ at the start of the second resets the printer's page
        let profile = try testProfile()
        let first = try encode([.line("€")], profile: profile)
        let second = try encode([.line("€")], profile: profile)

        // Then both select CP858 themselves
        #expect(first == initialise + hex("1b 74 13 d5 0a"))
        #expect(second == first)
    }

    @Test func decomposedInputIsNormalisedFirst() throws {
        #expect(try text("e\u{301}", testProfile()) == hex("1b 74 00 82"))
    }

    @Test func transliteratesWhatNoPageHas() throws {
        // Given a printer with CP437 only
        let profile = try testProfile(codePages: [CodePageSlot(.cp437, 0)])

        // Then € is spelled out, typographic punctuation is plain, and accents CP437 lacks are stripped
        #expect(try text("5 €", profile) == Array("5 EUR".utf8))
        #expect(try text("“Hi” – ‘x’…", profile) == Array("\"Hi\" - 'x'...".utf8))
        #expect(try text("Łęka Øre", profile) == Array("Leka Ore".utf8))
    }

    @Test func transliteratesLigaturesOnAPageWithoutThem() throws {
        let profile = try testProfile(codePages: [CodePageSlot(.cp866, 17)])

        #expect(try text("æß Œ", profile) == Array("aess OE".utf8))
    }

    @Test func transliterationMayItselfUseACodePage() throws {
        // Given ǘ (u with diaeresis and acute), which no page has; ü without the acute is in CP437
        // Then the accent-stripped form is plain u (all marks go), not a question mark
        #expect(try text("ǘ", testProfile()) == Array("u".utf8))
    }

    @Test func whatCannotBePrintedBecomesOneQuestionMarkPerCharacter() throws {
        #expect(try text("日👍🏽🇫🇷", testProfile()) == Array("???".utf8))
    }

    @Test func controlAndFormatCharactersAreDropped() throws {
        #expect(try text("A\u{10}\u{04}B\u{1B}@C\u{200B}D\u{7F}\u{85}", testProfile()) == Array("AB@CD".utf8))
    }

    @Test func noTextCanFormARealTimeCommand() throws {
        // Given every character up to U+052F, DLE EOT and DLE DC4 among them, and code pages
        // numbered from 16 so `ESC t 16` puts a 0x10 byte in the output
        let all = String(String.UnicodeScalarView((0...0x52F).compactMap(Unicode.Scalar.init)))
        let profile = try testProfile(codePages: CodePage.allCases.enumerated().map { CodePageSlot($1, UInt8(16 + $0)) })

        let bytes = try encode([.line("\u{10}\u{04}\u{01}" + all + "\u{10}\u{14}\u{01}\u{00}")], profile: profile)

        // Then neither real-time command appears
        #expect(bytes.contains(run: [0x1B, 0x74, 0x10]))
        #expect(!bytes.contains(run: [0x10, 0x04]))
        #expect(!bytes.contains(run: [0x10, 0x14]))
    }

    @Test func tablesMatchTheirKnownLandmarks() {
        #expect(CodePage.cp437.byte(for: "ü") == 0x81)
        #expect(CodePage.cp437.byte(for: "€") == nil)
        #expect(CodePage.cp850.byte(for: "ı") == 0xD5)
        #expect(CodePage.cp858.byte(for: "€") == 0xD5)
        #expect(CodePage.cp1252.byte(for: "€") == 0x80)
        #expect(CodePage.cp866.byte(for: "А") == 0x80)
        #expect(CodePage.cp866.byte(for: "я") == 0xEF)
    }

    @Test func everyTableHas128EntriesThatReadBack() {
        for page in CodePage.allCases {
            #expect(page.upperHalf.count == 128, "\(page)")
            for (offset, scalar) in page.upperHalf.enumerated() where scalar != "\u{FFFD}" {
                #expect(page.byte(for: scalar) == UInt8(0x80 + offset), "\(page) 0x\(String(0x80 + offset, radix: 16))")
            }
        }
    }
}
