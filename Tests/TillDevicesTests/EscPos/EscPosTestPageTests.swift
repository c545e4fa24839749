import Testing
import TillDevices

/// The test page shows what a shop needs to check a profile, and prints on every built-in profile.
@Suite struct EscPosTestPageTests {
    @Test func showsTheProfileRulerStylesCodePagesBarcodeQRAndCut() {
        let page = PrintDocument.testPage(profile: .epsonTMT20III)

        #expect(page.blocks.contains(.line("Epson TM-T20III", style: .bold, alignment: .center)))
        #expect(page.blocks.contains(.line("....+....1....+....2....+....3....+....4....+...")))
        #expect(page.blocks.contains(.line("Grüße · €5 · Ñandú · Привет")))
        #expect(page.blocks.contains(.barcode(.ean13, data: "400638133393")))
        #expect(page.blocks.contains { if case .qrCode = $0 { true } else { false } })
        #expect(page.blocks.last == .cut(.partial))
        for style in [TextStyle.bold, TextStyle(underline: true), TextStyle(inverted: true),
                      TextStyle(doubleWidth: true), TextStyle(doubleHeight: true)] {
            #expect(page.blocks.contains { if case .line(_, style, _) = $0 { true } else { false } }, "\(style)")
        }
    }

    @Test func rulerFillsExactlyOneLine() {
        for profile in PrinterProfile.builtIn {
            let ruler = PrintDocument.testPage(profile: profile).blocks.compactMap { block -> String? in
                if case .line(let text, _, _) = block, text.hasPrefix("....+") { text } else { nil }
            }
            #expect(ruler.map(\.count) == [profile.columns], "\(profile.name)")
        }
    }

    @Test func encodesOnEveryBuiltInProfile() throws {
        for profile in PrinterProfile.builtIn {
            let bytes = try EscPosEncoder(profile: profile).encode(.testPage(profile: profile))

            // The Cyrillic word selected CP866 (slot 17) and printed in it
            #expect(bytes.contains(run: hex("1b 74 11 8f e0 a8 a2 a5 e2")), "\(profile.name)")
            #expect(bytes.contains(run: hex("1d 6b 43 0d") + Array("4006381333931".utf8)), "\(profile.name)")
            #expect(bytes.contains(run: hex("1d 28 6b")) == profile.nativeQRCode, "\(profile.name)")
        }
    }
}
