import Testing
import TillDevices

/// Styles, alignment, feeds, barcodes, QR codes and pictures beyond the golden vectors, and the
/// errors that refuse what a printer would print wrong.
@Suite struct EscPosEncoderTests {
    @Test func everyStyleIsSwitchedOnBeforeAndOffAfterTheLine() throws {
        // Given a line in every style
        let style = TextStyle(bold: true, underline: true, doubleWidth: true, doubleHeight: true, inverted: true)

        let bytes = try encode([.line("A", style: style, alignment: .right)])

        // Then size first (ESC ! would clear bold and underline), alignment last, all reset after LF
        #expect(bytes == initialise + hex("1b 21 30 1b 45 01 1b 2d 01 1d 42 01 1b 61 02 41 0a 1b 21 00 1b 45 00 1b 2d 00 1d 42 00"))
    }

    @Test func alignmentIsSentOnlyWhenItChanges() throws {
        let bytes = try encode([.line("a", alignment: .center), .line("b", alignment: .center), .line("c")])

        #expect(bytes == initialise + hex("1b 61 01 61 0a 62 0a 1b 61 00 63 0a"))
    }

    @Test func longFeedsAreSplitIntoBytes() throws {
        #expect(try encode([.feed(lines: 300)]) == initialise + hex("1b 64 ff 1b 64 2d"))
        #expect(try encode([.feed(lines: 0)]) == initialise)
        #expect(throws: EscPosError.negativeFeed(-1)) { try encode([.feed(lines: -1)]) }
    }

    @Test func cutWithEscIOrNoCutter() throws {
        let escI = try testProfile(cut: .escI, feedLinesBeforeCut: 3)
        let tearOff = try testProfile(cut: .none, feedLinesBeforeCut: 4)

        #expect(try encode([.cut(.full)], profile: escI) == initialise + hex("1b 64 03 1b 69"))
        #expect(try encode([.cut(.partial)], profile: escI) == initialise + hex("1b 64 03 1b 6d"))
        #expect(try encode([.cut(.full)], profile: tearOff) == initialise + hex("1b 64 04"))
    }

    @Test func ean8AndUpcAGetTheirCheckDigits() throws {
        let ean8 = try encode([.barcode(.ean8, data: "9638507")])
        let upcA = try encode([.barcode(.upcA, data: "03600029145")])

        #expect(Array(ean8.suffix(12)) == hex("1d 6b 44 08") + Array("96385074".utf8))
        #expect(Array(upcA.suffix(16)) == hex("1d 6b 41 0c") + Array("036000291452".utf8))
    }

    @Test func wrongCheckDigitNamesTheRightOne() {
        #expect(throws: EscPosError.wrongCheckDigit(.ean13, data: "4006381333932", expected: 1)) {
            try encode([.barcode(.ean13, data: "4006381333932")])
        }
        #expect(throws: EscPosError.wrongCheckDigit(.upcA, data: "036000291453", expected: 2)) {
            try encode([.barcode(.upcA, data: "036000291453")])
        }
    }

    @Test func badBarcodeDataIsRefused() {
        for (symbology, data) in [(BarcodeSymbology.ean13, "12345"), (.ean13, "40063813339a"), (.ean8, "123456789"),
                                  (.upcA, ""), (.code128, ""), (.code128, "Café"), (.code128, "a\u{1D}b")] {
            #expect(throws: EscPosError.self, "\(symbology) \(data)") { try encode([.barcode(symbology, data: data)]) }
        }
    }

    @Test func code128UsesCodeSetBAndDoublesBraces() throws {
        let bytes = try encode([.barcode(.code128, data: "AB{1")])

        #expect(Array(bytes.suffix(11)) == hex("1d 6b 49 07") + Array("{BAB{{1".utf8))
    }

    @Test func barcodeBarsNarrowToFitThePaperOrAreRefused() throws {
        // Given 58 mm paper (384 dots): 10 characters of Code 128 need 165 modules, 495 dots at 3 each
        let narrow = try testProfile(dotsPerLine: 384)

        let fits = try encode([.barcode(.code128, data: String(repeating: "X", count: 10))], profile: narrow)

        // Then bars 2 dots wide; and 40 characters (495 modules) cannot fit at all
        #expect(fits.contains(run: hex("1d 77 02")))
        #expect(throws: EscPosError.barcodeTooWide(.code128, modules: 495, dotsPerLine: 384)) {
            try encode([.barcode(.code128, data: String(repeating: "X", count: 40))], profile: narrow)
        }
    }

    @Test func qrCodeLimitsFollowTheDataKindAndCorrection() throws {
        #expect(throws: EscPosError.qrDataTooLong(count: 7090, maximum: 7089, kind: "digits")) {
            try encode([.qrCode(String(repeating: "7", count: 7090), correction: .low)])
        }
        #expect(throws: EscPosError.qrDataTooLong(count: 2954, maximum: 2953, kind: "bytes")) {
            try encode([.qrCode(String(repeating: "a", count: 2954), correction: .low)])
        }
        #expect(throws: EscPosError.qrDataTooLong(count: 1274, maximum: 1273, kind: "bytes")) {
            try encode([.qrCode(String(repeating: "a", count: 1274), correction: .high)])
        }
        #expect(throws: EscPosError.qrModuleSizeOutOfRange(17)) { try encode([.qrCode("x", moduleSize: 17)]) }
        // 2953 bytes at L fit, and their length goes into pL pH: 2953 + 3 = 0x0B8C
        let largest = try encode([.qrCode(String(repeating: "a", count: 2953), correction: .low)])
        #expect(largest.contains(run: hex("1d 28 6b 8c 0b 31 50 30")))
    }

    @Test func qrCodeIsTextOnPrintersWithoutTheCommand() throws {
        let profile = try testProfile(nativeQRCode: false)

        let bytes = try encode([.qrCode("R-0042")], profile: profile)

        #expect(bytes == initialise + hex("1b 61 01") + Array("R-0042".utf8) + [0x0A])
    }

    @Test func imagesWiderThanThePaperAreRefused() throws {
        let image = RasterImage(width: 392, height: 1, rows: [UInt8](repeating: 0xFF, count: 49))

        #expect(throws: EscPosError.imageTooWide(width: 392, maximum: 384)) {
            try encode([.image(image)], profile: try testProfile(dotsPerLine: 384))
        }
    }

    @Test func centredImageIsPaddedNotAligned() throws {
        // Given a 16-dot picture centred on 384 dots (48 bytes): 46 spare bytes, 23 on the left
        let image = RasterImage(width: 16, height: 1, rows: [0xFF, 0xFF])

        let bytes = try encode([.line("t", alignment: .center), .image(image)], profile: try testProfile(dotsPerLine: 384))

        // Then ESC a goes back to left and each row is 25 bytes, 23 of them white
        #expect(Array(bytes.suffix(36)) == hex("1b 61 00 1d 76 30 00 19 00 01 00")
                + [UInt8](repeating: 0, count: 23) + [0xFF, 0xFF])
    }

    @Test func tallImagesGoInBands() throws {
        // Given a picture 600 rows tall and bands of 256 rows
        let image = RasterImage(width: 8, height: 600, rows: [UInt8](repeating: 0xAA, count: 600))

        let bytes = try encode([.image(image, alignment: .left)])

        // Then three GS v 0 commands of 256, 256 and 88 rows carry all 600 rows
        #expect(bytes == initialise
                + hex("1d 76 30 00 01 00 00 01") + [UInt8](repeating: 0xAA, count: 256)
                + hex("1d 76 30 00 01 00 00 01") + [UInt8](repeating: 0xAA, count: 256)
                + hex("1d 76 30 00 01 00 58 00") + [UInt8](repeating: 0xAA, count: 88))
    }
}
