/// The kind of symbol that was scanned, which decides how its content is read: the same digits
/// mean a GTIN in an EAN-13 but free text in a Code 128.
public enum Symbology: Hashable, Sendable {
    case ean13
    case ean8
    case upcA
    case upcE
    /// Fourteen digits with no AIM identifier, usually from an ITF-14.
    case gtin14
    /// Code 128 with a leading FNC1 (`]C1`).
    case gs1128
    /// Code 128 (`]C0` and other `]C` modifiers).
    case code128
    /// GS1 DataBar (`]e0`).
    case gs1DataBar
    /// GS1 DataMatrix (`]d2`).
    case gs1DataMatrix
    /// Data Matrix (`]d1` and other `]d` modifiers).
    case dataMatrix
    /// GS1 QR Code (`]Q3`).
    case gs1QRCode
    /// QR Code (`]Q1` and other `]Q` modifiers).
    case qrCode
    /// Any other AIM identifier, kept as sent (e.g. "]A0" for Code 39); its content is read as text.
    case other(aimIdentifier: String)
    /// Text sent without an AIM identifier that is not a GTIN.
    case unidentified

    /// The symbology of an EAN/UPC-family code of this kind.
    init(_ kind: GTIN.Kind) {
        switch kind {
        case .ean13: self = .ean13
        case .ean8: self = .ean8
        case .upcA: self = .upcA
        case .upcE: self = .upcE
        case .gtin14: self = .gtin14
        }
    }
}
