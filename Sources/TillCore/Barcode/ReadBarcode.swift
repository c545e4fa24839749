/// What one scan says, already validated, so the cart and the scanner screen never parse digits.
public struct ReadBarcode: Hashable, Sendable {
    /// The content, by how the cart uses it.
    public enum Content: Hashable, Sendable {
        /// A trade item: look up `normalized`.
        case gtin(GTIN)
        /// A variable-measure EAN-13: look up `key` (prefix and item digits) and use `value`.
        case embedded(key: String, value: EmbeddedValue, gtin: GTIN)
        /// GS1 fields; `gtin`, `netWeightGrams` and `price` are already extracted.
        case gs1(GS1ElementString)
        /// Anything else (Code 128, QR, …), trimmed but otherwise as sent.
        case text(String)
    }

    public let symbology: Symbology
    public let content: Content

    public init(symbology: Symbology, content: Content) {
        self.symbology = symbology
        self.content = content
    }
}
