import TillCore

/// One-dimensional barcodes through `GS k` function B, with EAN/UPC check digits computed or
/// verified here: python-escpos and escpos-php leave that to the printer, which prints a wrong digit
/// without complaint.
extension EscPosWriter {
    /// Barcode height in dots (python-escpos's default, 8 mm at 203 dpi).
    private static let barcodeHeight: UInt8 = 64

    /// `GS h`, `GS w`, `GS f`, `GS H` (digits printed below, font A), then `GS k m n data`, centred.
    mutating func barcode(_ symbology: BarcodeSymbology, data: String) throws(EscPosError) {
        let payload = try Self.barcodePayload(symbology, data: data)
        let modules = symbology.modules(payloadCount: payload.count)
        guard let moduleWidth = [3, 2].first(where: { modules * $0 <= profile.dotsPerLine }) else {
            throw .barcodeTooWide(symbology, modules: modules, dotsPerLine: profile.dotsPerLine)
        }
        align(.center)
        append([Self.groupSeparator, 0x68, Self.barcodeHeight])
        append([Self.groupSeparator, 0x77, UInt8(moduleWidth)])
        append([Self.groupSeparator, 0x66, 0])
        append([Self.groupSeparator, 0x48, 2])
        append([Self.groupSeparator, 0x6B, symbology.functionB, UInt8(payload.count)] + payload)
    }

    /// The bytes after the length: EAN/UPC digits with their check digit, or Code 128 data.
    private static func barcodePayload(_ symbology: BarcodeSymbology, data: String) throws(EscPosError) -> [UInt8] {
        guard let kind = symbology.gtinKind else { return try code128Payload(data) }
        do throws(BarcodeError) {
            var digits = data
            if data.count == kind.allowedLengths[0] - 1 {
                digits += String(try GS1Check.checkDigit(for: data))
            }
            _ = try GTIN(digits, kind: kind)
            return Array(digits.utf8)
        } catch .badCheckDigit(let expected, _) {
            throw .wrongCheckDigit(symbology, data: data, expected: expected)
        } catch {
            throw .badBarcodeData(symbology, data: data, accepted: symbology.accepted)
        }
    }

    /// Code set B (`{B`), with `{` doubled since on its own it starts a code set switch.
    private static func code128Payload(_ data: String) throws(EscPosError) -> [UInt8] {
        let printable = data.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }
        let payload = Array("{B".utf8) + data.utf8.flatMap { $0 == UInt8(ascii: "{") ? [$0, $0] : [$0] }
        guard printable, !data.isEmpty, payload.count <= 255 else {
            throw .badBarcodeData(.code128, data: data, accepted: BarcodeSymbology.code128.accepted)
        }
        return payload
    }
}

extension BarcodeSymbology {
    /// The TillCore form whose digits and check digit this symbology carries; nil for Code 128.
    fileprivate var gtinKind: GTIN.Kind? {
        switch self {
        case .ean13: .ean13
        case .ean8: .ean8
        case .upcA: .upcA
        case .code128: nil
        }
    }

    /// `m` of `GS k m n`, function B (length-prefixed).
    fileprivate var functionB: UInt8 {
        switch self {
        case .upcA: 65
        case .ean13: 67
        case .ean8: 68
        case .code128: 73
        }
    }

    /// What the data may be, for the error message.
    fileprivate var accepted: String {
        switch self {
        case .ean13: "12 digits, or 13 ending in their check digit"
        case .ean8: "7 digits, or 8 ending in their check digit"
        case .upcA: "11 digits, or 12 ending in their check digit"
        case .code128: "1 to 253 printable ASCII characters (space to ~)"
        }
    }

    /// Width in modules (narrowest bars) including the quiet zones the standards ask for on each side.
    fileprivate func modules(payloadCount: Int) -> Int {
        switch self {
        case .ean13: 95 + 11 + 7
        case .ean8: 67 + 7 + 7
        case .upcA: 95 + 9 + 9
        // 11 modules per symbol: the two bytes of "{B" stand for the start and check symbols, each
        // other byte for at most one data symbol; then the 13-module stop and 10 quiet on each side.
        case .code128: 11 * payloadCount + 13 + 20
        }
    }
}
