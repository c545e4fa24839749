/// The one place a scanned string becomes a `ReadBarcode`, so the cart and every scanner driver
/// read codes the same way under the store's variable-measure layout and GS substitute.
///
/// Typed PLUs (4–5 digits) are the cart's to recognise; here they are a wrong length.
public struct BarcodeReader: Sendable {
    public let layout: EmbeddedBarcodeLayout
    /// A character the keyboard-wedge scanner sends instead of GS (0x1D) in GS1 codes.
    public let gsSubstitute: Character?

    /// Throws `.unusableGSSubstitute` if the substitute could appear inside GS1 data.
    public init(layout: EmbeddedBarcodeLayout = .none, gsSubstitute: Character? = nil) throws(BarcodeError) {
        if let gsSubstitute { try GS1ElementString.checkSubstitute(gsSubstitute) }
        self.layout = layout
        self.gsSubstitute = gsSubstitute
    }

    /// Reads one scan: surrounding spaces, tabs and CR/LF are dropped, then an AIM identifier
    /// (`]` and two characters) if present picks the symbology.
    ///
    /// Without one, digits are read as a GTIN by their length and text holding GS as a GS1
    /// element string; anything else is text. `gsSubstitute` applies only after a GS1 AIM
    /// identifier, where it cannot be mistaken for data.
    public func read(_ raw: String) throws(BarcodeError) -> ReadBarcode {
        let scan = Self.trimmed(raw)
        guard scan.first == "]" else { return try readUnidentified(scan) }
        guard scan.count >= 3 else { throw .malformedSymbologyIdentifier(scan) }
        let aim = String(scan.prefix(3))
        let data = String(scan.dropFirst(3))
        if data.isEmpty { throw .empty }
        switch aim {
        case "]E0": return try product(data, kind: Self.eanUPCKind(of: data))
        case "]E4": return try product(data, kind: .ean8)
        case "]E1", "]E2", "]E3": throw .unsupportedSymbology(aim)
        case "]C1": return try gs1(data, .gs1128)
        case "]e0": return try gs1(data, .gs1DataBar)
        case "]d2": return try gs1(data, .gs1DataMatrix)
        case "]Q3": return try gs1(data, .gs1QRCode)
        default: break
        }
        let symbology: Symbology = switch aim.dropFirst().first {
        case "C": .code128
        case "d": .dataMatrix
        case "Q": .qrCode
        default: .other(aimIdentifier: aim)
        }
        return ReadBarcode(symbology: symbology, content: .text(data))
    }

    private func readUnidentified(_ scan: String) throws(BarcodeError) -> ReadBarcode {
        if scan.isEmpty { throw .empty }
        if scan.allSatisfy({ Digits.value(of: $0) != nil }) {
            return try product(GTIN(scan))
        }
        if scan.contains(GS1ElementString.groupSeparator) {
            return ReadBarcode(symbology: .unidentified, content: .gs1(try GS1ElementString(scan)))
        }
        return ReadBarcode(symbology: .unidentified, content: .text(scan))
    }

    private func product(_ data: String, kind: GTIN.Kind) throws(BarcodeError) -> ReadBarcode {
        try product(GTIN(data, kind: kind))
    }

    private func product(_ gtin: GTIN) throws(BarcodeError) -> ReadBarcode {
        let symbology = Symbology(gtin.kind)
        guard let (key, value) = try layout.read(gtin) else {
            return ReadBarcode(symbology: symbology, content: .gtin(gtin))
        }
        return ReadBarcode(symbology: symbology, content: .embedded(key: key, value: value, gtin: gtin))
    }

    private func gs1(_ data: String, _ symbology: Symbology) throws(BarcodeError) -> ReadBarcode {
        ReadBarcode(symbology: symbology, content: .gs1(try GS1ElementString(data, gsSubstitute: gsSubstitute)))
    }

    /// `]E0` covers EAN-13, UPC-A and UPC-E (EAN-8 has `]E4`), told apart by length.
    private static func eanUPCKind(of data: String) throws(BarcodeError) -> GTIN.Kind {
        let digits = try Digits.parse(data)
        switch digits.count {
        case 6, 7, 8: return .upcE
        case 12: return .upcA
        case 13: return .ean13
        default: throw .wrongLength(got: digits.count, allowed: [6, 7, 8, 12, 13])
        }
    }

    /// Drops spaces, tabs, CR and LF at both ends, but never GS, which can end a GS1 field.
    private static func trimmed(_ raw: String) -> String {
        let isPadding: (Unicode.Scalar) -> Bool = { [" ", "\t", "\r", "\n"].contains($0) }
        var scalars = raw.unicodeScalars[...]
        while let first = scalars.first, isPadding(first) { scalars.removeFirst() }
        while let last = scalars.last, isPadding(last) { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
