import Testing
import TillDevices

/// The preview shows each kind of block the way it takes room on paper.
@Suite struct PrintPreviewTests {
    @Test func textIsAlignedAcrossTheLine() {
        // Given a left, a centred and a right-aligned line
        let document = PrintDocument([
            .line("Item"), .line("Café", alignment: .center), .line("12.40", alignment: .right),
        ])

        // When previewed 10 columns wide
        let lines = PrintPreview(columns: 10).lines(of: document)

        // Then each sits where the printer puts it, with no trailing spaces
        #expect(lines == ["Item", "   Café", "     12.40"])
    }

    @Test func doubleWidthTextIsLetterSpacedToItsWidthOnPaper() {
        // Given large Latin and CJK text, centred
        let document = PrintDocument([
            .line("TOTAL", style: .large, alignment: .center), .line("合計", style: .large, alignment: .center),
        ])

        // When previewed 20 columns wide
        let lines = PrintPreview(columns: 20).lines(of: document)

        // Then each character is followed by as many spaces as it is wide: 10 and 8 columns, centred
        #expect(lines == ["     T O T A L", "      合  計"])
    }

    @Test func tooLongLinesWrapLikeThePrinterWrapsThem() {
        // Given a line wider than the paper, with wide characters across the break
        let document = PrintDocument([.line("ab日本語cd"), .line("abcdef", style: .large)])

        // When previewed 5 columns wide
        let lines = PrintPreview(columns: 5).lines(of: document)

        // Then it breaks at the edge without splitting a wide character, and large text at half the width
        #expect(lines == ["ab日", "本語c", "d", "a b", "c d", "e f"])
    }

    @Test func codesPicturesFeedsCutsAndDrawerShowAsPlaceholders() throws {
        // Given one block of each other kind
        let logo = RasterImage(width: 384, height: 96, rows: Array(repeating: 0, count: 48 * 96))
        let document = PrintDocument([
            .barcode(.ean13, data: "4006381333931"), .qrCode("T1-0042"), .image(logo, alignment: .left),
            .feed(lines: 2), .cut(), .drawer(try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 250)),
        ])

        // When previewed 32 columns wide
        let lines = PrintPreview(columns: 32).lines(of: document)

        // Then codes are centred and named, the picture gives its size, the cut is a dashed line
        #expect(lines == [
            "     [EAN-13 4006381333931]", "          [QR T1-0042]", "[image 384×96]", "", "",
            "------------- cut --------------", "[drawer]",
        ])
    }
}
