import Testing
import TillCore

@Suite struct BarcodeReaderTests {
    let plain: BarcodeReader
    let german: BarcodeReader
    let gs = "\u{1D}"

    init() throws {
        plain = try BarcodeReader()
        german = try BarcodeReader(layout: .germany)
    }

    func gtin(_ read: ReadBarcode) throws -> GTIN {
        guard case .gtin(let gtin) = read.content else {
            Issue.record("expected a GTIN, got \(read.content)")
            throw BarcodeError.empty
        }
        return gtin
    }

    func gs1(_ read: ReadBarcode) throws -> GS1ElementString {
        guard case .gs1(let gs1) = read.content else {
            Issue.record("expected GS1 fields, got \(read.content)")
            throw BarcodeError.empty
        }
        return gs1
    }

    @Test(arguments: [
        ("4006381333931", Symbology.ean13, "04006381333931"),
        ("5901234123457", .ean13, "05901234123457"),
        ("0042100005264", .ean13, "00042100005264"),
        ("042100005264", .upcA, "00042100005264"),
        ("04252614", .upcE, "00042100005264"),
        ("0425261", .upcE, "00042100005264"),
        ("425261", .upcE, "00042100005264"),
        ("96385074", .ean8, "00000096385074"),
        ("12345670", .ean8, "00000012345670"),
        ("09521234543213", .gtin14, "09521234543213"),
    ])
    func withoutAIMTheLengthDecides(scan: String, symbology: Symbology, key: String) throws {
        let read = try plain.read(scan)
        #expect(read.symbology == symbology)
        let gtin = try gtin(read)
        #expect(gtin.digits == scan)
        #expect(gtin.normalized == key)
    }

    @Test(arguments: ["4006381333931\r", "4006381333931\n", "4006381333931\r\n", "  4006381333931\t", "\n4006381333931 "])
    func paddingIsTrimmed(scan: String) throws {
        #expect(try gtin(plain.read(scan)).digits == "4006381333931")
    }

    @Test(arguments: [
        ("]E04006381333931", Symbology.ean13, "04006381333931"),
        ("]E0042100005264", .upcA, "00042100005264"),
        ("]E004252614", .upcE, "00042100005264"),
        ("]E012345670", .upcE, "00123456000070"),
        ("]E0425261", .upcE, "00042100005264"),
        ("]E496385074", .ean8, "00000096385074"),
        ("]E412345670", .ean8, "00000012345670"),
    ])
    func aimIdentifierPicksTheForm(scan: String, symbology: Symbology, key: String) throws {
        let read = try plain.read(scan + "\r\n")
        #expect(read.symbology == symbology)
        #expect(try gtin(read).normalized == key)
        #expect(try gtin(read).digits == String(scan.dropFirst(3)))
    }

    @Test func gs1128HardwareVector() throws {
        let read = try plain.read("]C1010952123454321317100101" + "10123ABC" + gs + "211234567890")
        #expect(read.symbology == .gs1128)
        let fields = try gs1(read)
        #expect(fields.elements.map(\.ai) == ["01", "17", "10", "21"])
        #expect(fields.elements.map(\.value) == ["09521234543213", "100101", "123ABC", "1234567890"])
        #expect(fields.gtin?.normalized == "09521234543213")
    }

    @Test func gs1SubstituteFromAWedge() throws {
        let reader = try BarcodeReader(gsSubstitute: "~")
        let read = try reader.read("]C1010952123454321317100101" + "10123ABC~211234567890\r")
        #expect(try gs1(read)["21"] == "1234567890")
        #expect(try gs1(read)["10"] == "123ABC")
        #expect(try reader.read("AB~CD").content == .text("AB~CD"), "no AIM id: the substitute is just text")
    }

    @Test(arguments: [("]e0", Symbology.gs1DataBar), ("]d2", .gs1DataMatrix), ("]Q3", .gs1QRCode), ("]C1", .gs1128)])
    func gs1Symbologies(aim: String, symbology: Symbology) throws {
        let read = try plain.read(aim + "0195012345678903" + "3103001250" + "3922499")
        #expect(read.symbology == symbology)
        let fields = try gs1(read)
        #expect(fields.gtin?.normalized == "95012345678903")
        #expect(fields.netWeightGrams == 1250)
        #expect(fields.price == BarcodePrice(amount: 499, decimals: 2))
    }

    @Test func gs1WithoutAIMIsRecognisedByItsSeparator() throws {
        let read = try plain.read("0109521234543213" + "10AB" + gs + "21X")
        #expect(read.symbology == .unidentified)
        #expect(try gs1(read)["21"] == "X")
    }

    @Test(arguments: [
        ("]C0ABC-123", Symbology.code128, "ABC-123"),
        ("]C2ABC", .code128, "ABC"),
        ("]Q1https://example.org/p?id=7", .qrCode, "https://example.org/p?id=7"),
        ("]d1ORDER 17", .dataMatrix, "ORDER 17"),
        ("]A0CODE39", .other(aimIdentifier: "]A0"), "CODE39"),
        ("]I012345678901231", .other(aimIdentifier: "]I0"), "12345678901231"),
        ("COUPON-7", .unidentified, "COUPON-7"),
        ("4006381333931X", .unidentified, "4006381333931X"),
    ])
    func otherContentIsText(scan: String, symbology: Symbology, text: String) throws {
        let read = try plain.read(scan + "\r")
        #expect(read == ReadBarcode(symbology: symbology, content: .text(text)))
    }

    @Test func germanScaleLabel() throws {
        let read = try german.read("2212342001999\r")
        let expected = ReadBarcode(symbology: .ean13, content: .embedded(
            key: "221234", value: .price(BarcodePrice(amount: 199, decimals: 2)), gtin: try GTIN("2212342001999")
        ))
        #expect(read == expected)
        #expect(try german.read("]E02212342001999") == expected)
        #expect(try plain.read("2212342001999").content == .gtin(try GTIN("2212342001999")), "no layout, plain GTIN")
    }

    @Test func swedishScaleLabel() throws {
        let reader = try BarcodeReader(layout: .swedenNorway)
        guard case .embedded(let key, let value, let gtin) = try reader.read("2012345604599").content else {
            Issue.record("expected an embedded price")
            return
        }
        #expect(key == "20123456")
        #expect(value == .price(BarcodePrice(amount: 459, decimals: 2)))
        #expect(try BarcodePrice(amount: 459, decimals: 2).money(in: Currency(code: "SEK", exponent: 2)).minorUnits == 459)
        #expect(gtin.digits == "2012345604599")
    }

    @Test func refusals() {
        #expect(throws: BarcodeError.empty) { try plain.read("") }
        #expect(throws: BarcodeError.empty) { try plain.read(" \r\n") }
        #expect(throws: BarcodeError.empty) { try plain.read("]E0\r") }
        #expect(throws: BarcodeError.malformedSymbologyIdentifier("]E")) { try plain.read("]E") }
        #expect(throws: BarcodeError.unsupportedSymbology("]E3")) { try plain.read("]E3978020137962951299") }
        #expect(throws: BarcodeError.wrongLength(got: 4, allowed: [6, 7, 8, 12, 13, 14])) { try plain.read("1234") }
        #expect(throws: BarcodeError.wrongLength(got: 5, allowed: [6, 7, 8, 12, 13, 14])) { try plain.read("12345\r") }
        #expect(throws: BarcodeError.wrongLength(got: 14, allowed: [6, 7, 8, 12, 13])) { try plain.read("]E009521234543213") }
        #expect(throws: BarcodeError.invalidCharacter("X", position: 13)) { try plain.read("]E0400638133393X") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 1, found: 2)) { try plain.read("4006381333932") }
        #expect(throws: BarcodeError.badCheckDigit(expected: 0, found: 4)) { try plain.read("]E404252614") }
        #expect(throws: BarcodeError.badUPCENumberSystem(2)) { try plain.read("]E024252614") }
        #expect(throws: BarcodeError.badPriceVerifier(expected: 2, found: 3)) { try german.read("2212343001998") }
        #expect(throws: BarcodeError.gs1FieldTooLong(ai: "10", maximum: 20, got: 26)) {
            try plain.read("]C1" + "10123ABC211234567890ABCDEFGH")
        }
        #expect(throws: BarcodeError.unusableGSSubstitute("1")) { try BarcodeReader(gsSubstitute: "1") }
    }

    @Test func readerKeepsItsConfiguration() throws {
        let reader = try BarcodeReader(layout: .uk, gsSubstitute: "|")
        #expect(reader.layout == .uk)
        #expect(reader.gsSubstitute == "|")
        #expect(plain.layout == .none)
        #expect(plain.gsSubstitute == nil)
    }
}
