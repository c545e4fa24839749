/// Writes CSV records the way `CSVReader` and spreadsheets read them back: `,` delimited, quoted
/// only where a field needs it, CRLF-free.
struct CatalogCSVWriter {
    private(set) var text = ""

    mutating func append(_ fields: [String]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            if field.utf8.contains(where: { $0 == Self.comma || $0 == Self.quote || $0 == Self.lf || $0 == Self.cr || $0 == Self.semicolon }) {
                text.append("\"")
                text.append(field.replacing("\"", with: "\"\""))
                text.append("\"")
            } else {
                text.append(field)
            }
        }
        text.append("\n")
    }

    /// Hands over what has been written so far and starts empty.
    mutating func take() -> String {
        defer { text = "" }
        return text
    }

    private static let comma = UInt8(ascii: ",")
    /// Quoted too, so a reader that guesses `;` as the delimiter still reads each field whole.
    private static let semicolon = UInt8(ascii: ";")
    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")
}
