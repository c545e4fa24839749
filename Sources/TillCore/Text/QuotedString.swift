/// The ways Till quotes a string by hand; they part only on `/` and DEL.
enum QuoteStyle {
    /// Valid both as a JSON string (RFC 8259) and as a TOML basic string: DEL escaped (TOML requires
    /// it), `/` as is (TOML has no `\/`).
    case portable
    /// As Foundation's `JSONEncoder` writes strings: `/` as `\/`, DEL as is, so a hand-written document
    /// matches an encoded one byte for byte.
    case jsonEncoder
    /// As the sync wire's `JSONEncoder` writes strings (slashes not escaped): `/` and DEL as they are.
    case wire
}

extension String {
    /// This text as a double-quoted literal with quotes, backslashes and control characters escaped:
    /// valid both as a JSON string (RFC 8259) and as a TOML basic string, the two formats Till writes by hand.
    public var quotedLiteral: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 2)
        bytes.appendQuoted(self, style: .portable)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// This text as a JSON string literal exactly as the sync wire's encoder writes it (`/` and DEL
    /// as they are), for wire JSON written by hand.
    public var wireLiteral: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 2)
        bytes.appendQuoted(self, style: .wire)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension [UInt8] {
    /// Appends `text` double-quoted: `"` and `\` escaped, control characters as `\b \t \n \f \r` or
    /// `\u00xx`, `/` or DEL as `style` says, and everything else, non-ASCII included, copied as UTF-8.
    mutating func appendQuoted(_ text: String, style: QuoteStyle) {
        var text = text
        text.withUTF8 { appendQuoted($0, style: style) }
    }

    /// Appends UTF-8 text quoted as `appendQuoted(_:style:)` says; runs that need no escape go in at once.
    mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, style: QuoteStyle) {
        append(UInt8(ascii: "\""))
        var plain = 0
        for index in utf8.indices {
            let byte = utf8[index]
            // The character after the backslash, or nil for `\u00xx`.
            let short: UInt8?
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): short = byte
            case UInt8(ascii: "/") where style == .jsonEncoder: short = byte
            case 0x08: short = UInt8(ascii: "b")
            case 0x09: short = UInt8(ascii: "t")
            case 0x0A: short = UInt8(ascii: "n")
            case 0x0C: short = UInt8(ascii: "f")
            case 0x0D: short = UInt8(ascii: "r")
            case 0..<0x20: short = nil
            case 0x7F where style == .portable: short = nil
            default: continue
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
            append(UInt8(ascii: "\\"))
            if let short {
                append(short)
            } else {
                let hex: StaticString = "0123456789abcdef"
                append(contentsOf: "u00".utf8)
                append(hex.utf8Start[Int(byte >> 4)])
                append(hex.utf8Start[Int(byte & 0x0F)])
            }
            plain = index + 1
        }
        append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        append(UInt8(ascii: "\""))
    }
}
