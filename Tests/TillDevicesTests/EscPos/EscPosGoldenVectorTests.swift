import Testing
import TillDevices

/// The python-escpos 3.1 `Dummy()` vectors of hardware.md §1.3, byte for byte. Where Till differs
/// on purpose, the test says how and why.
@Suite struct EscPosGoldenVectorTests {
    @Test func ean13FunctionB() throws {
        // Given the EAN-13 of the reference run, with its check digit
        // When it is encoded
        let bytes = try encode([.barcode(.ean13, data: "4006381333931")])

        // Then it is python-escpos's vector after ESC @: centre, GS h 64, GS w 3, GS f 0, GS H 2, GS k 67
        #expect(bytes == initialise + hex("1b 61 01 1d 68 40 1d 77 03 1d 66 00 1d 48 02 1d 6b 43 0d "
                                          + "34 30 30 36 33 38 31 33 33 33 39 33 31"))
    }

    /// Difference: python-escpos sends 12 digits as they are (`GS k 67 0c …`) and lets the printer
    /// add the check digit; Till computes it, so the bytes equal the 13-digit vector.
    @Test func ean13WithoutCheckDigitGetsItComputed() throws {
        let twelve = try encode([.barcode(.ean13, data: "400638133393")])

        #expect(twelve == (try encode([.barcode(.ean13, data: "4006381333931")])))
    }

    @Test func qrCodeHI() throws {
        // Given "HI" at error correction M, module size 4
        let bytes = try encode([.qrCode("HI", moduleSize: 4, correction: .medium)])

        // Then model 2, size, EC, store, print, as python-escpos sends them (after Till's centring)
        #expect(bytes == initialise + hex("1b 61 01")
                + hex("1d 28 6b 04 00 31 41 32 00") + hex("1d 28 6b 03 00 31 43 04")
                + hex("1d 28 6b 03 00 31 45 31") + hex("1d 28 6b 05 00 31 50 30 48 49")
                + hex("1d 28 6b 03 00 31 51 30"))
    }

    @Test func raster16x2() throws {
        // Given a 16 × 2 picture with its first and last dot black, left-aligned
        let image = RasterImage(width: 16, height: 2, rows: [0x80, 0x00, 0x00, 0x01])

        let bytes = try encode([.image(image, alignment: .left)])

        #expect(bytes == initialise + hex("1d 76 30 00 02 00 02 00 80 00 00 01"))
    }

    @Test func fullAndPartialCutAfterSixLines() throws {
        #expect(try encode([.cut(.full)]) == initialise + hex("1b 64 06 1d 56 00"))
        #expect(try encode([.cut(.partial)]) == initialise + hex("1b 64 06 1d 56 01"))
    }

    @Test func feedThenCutFunctionB() throws {
        // python-escpos cut(feed=False) and escpos-php's default cut
        let noFeed = try testProfile(cut: .gsVFeed(extraDots: 0), feedLinesBeforeCut: 0)
        let phpDefault = try testProfile(cut: .gsVFeed(extraDots: 3), feedLinesBeforeCut: 0)

        #expect(try encode([.cut(.partial)], profile: noFeed) == initialise + hex("1d 56 42 00"))
        #expect(try encode([.cut(.full)], profile: phpDefault) == initialise + hex("1d 56 41 03"))
    }

    /// Difference: python-escpos's `cashdraw(2)` is `1b 70 00 32 32` (100 ms on, 100 ms off, 50 %
    /// duty), which `DrawerPulse` refuses; the same command with a safe timing is sent instead.
    @Test func drawerPulseComesAfterTheCut() throws {
        // Given a drawer kick placed before the text and the cut
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 250)

        let bytes = try encode([.drawer(pulse), .line("x"), .cut(.full)])

        // Then the kick is sent last
        #expect(bytes == initialise + hex("78 0a 1b 64 06 1d 56 00 1b 70 00 19 7d"))
    }

    @Test func boldAndCentre() throws {
        let bytes = try encode([.line("A", style: .bold, alignment: .center)])

        #expect(bytes == initialise + hex("1b 45 01 1b 61 01 41 0a 1b 45 00"))
    }

    /// Difference: python-escpos sends `1b 21 00` twice before `1b 21 30`; Till sends the size once
    /// and resets it once after the line.
    @Test func doubleWidthAndHeight() throws {
        let style = TextStyle(doubleWidth: true, doubleHeight: true)

        let bytes = try encode([.line("A", style: style)])

        #expect(bytes == initialise + hex("1b 21 30 41 0a 1b 21 00"))
    }

    @Test func statusQueriesAndAutomaticStatusBack() {
        #expect(StatusQuery.allCases.map(\.bytes) == [hex("10 04 01"), hex("10 04 02"), hex("10 04 03"), hex("10 04 04")])
        #expect(AutomaticStatusBack.all.command == hex("1d 61 0f"))
        #expect(AutomaticStatusBack().command == hex("1d 61 00"))
    }

    /// python-escpos (TM-T88V profile) sends `1b 74 00 47 72 81 e1 65 20 1b 74 0f a4 35 0a`.
    /// Differences: € comes from CP858 (`1b 74 13 d5`), which the profile lists, not from slot 15
    /// (ISO-8859-7, Greek); and `ESC t 0` goes right before the ü that needs it, not before "Gr".
    @Test func grusseEuroFive() throws {
        let bytes = try encode([.line("Grüße €5")], profile: .generic80mm)

        #expect(bytes == initialise + hex("47 72 1b 74 00 81 e1 65 20 1b 74 13 d5 35 0a"))
    }
}
