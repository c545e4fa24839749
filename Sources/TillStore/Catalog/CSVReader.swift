import Foundation

/// One CSV record and the file line it starts on, so an error in a field after a multi-line quoted
/// field still names the line a person sees in their editor.
struct CSVRecord: Equatable, Sendable {
    /// Why a record could not be read faithfully.
    enum Problem: Equatable, Sendable {
        /// Some bytes are not UTF-8 (a file saved as Latin-1 or Windows-1252); they read as U+FFFD.
        case invalidUTF8
        /// A quoted field runs to the end of the file.
        case unclosedQuote
    }

    /// 1-based line on which the record starts.
    let line: Int
    let fields: [String]
    let problem: Problem?

    /// A blank line, or a line of delimiters only, as spreadsheets leave at the end of a sheet.
    var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// Reads RFC 4180 CSV as spreadsheets really write it, one record at a time straight from the bytes,
/// so a million-row file is never held as a million rows of objects.
///
/// Handles a UTF-8 byte-order mark, `,` `;` or tab delimiters (detected from the header line),
/// quoted fields with doubled quotes and embedded line breaks, and LF, CRLF or CR line ends. Text
/// after a closing quote is kept as written, as most spreadsheets read it.
struct CSVReader: Sequence, IteratorProtocol {
    /// The field separator found in the first line.
    let delimiter: UInt8
    /// The file starts with a UTF-16 byte-order mark: Excel's "Unicode text", which this reader cannot read.
    let isUTF16: Bool

    private let data: Data
    private var offset: Int
    private var line = 1
    private var scratch: [UInt8] = []

    init(data: Data) {
        self.data = data
        isUTF16 = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        offset = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let start = offset
        delimiter = data.withUnsafeBytes { Self.detectDelimiter(in: $0, from: start) }
    }

    mutating func next() -> CSVRecord? {
        let bytes = data
        return bytes.withUnsafeBytes { raw in
            guard offset < raw.count else { return nil }
            return readRecord(raw.bindMemory(to: UInt8.self))
        }
    }

    private mutating func readRecord(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVRecord {
        let startLine = line
        var fields: [String] = []
        var problem: CSVRecord.Problem?
        while true {
            let text: String
            let valid: Bool
            if offset < bytes.count, bytes[offset] == Self.quote {
                if !readQuoted(bytes) { problem = .unclosedQuote }
                (text, valid) = scratch.withUnsafeBufferPointer(Self.decode)
            } else {
                let start = offset
                while offset < bytes.count, !isFieldEnd(bytes[offset]) { offset += 1 }
                (text, valid) = Self.decode(UnsafeBufferPointer(rebasing: bytes[start..<offset]))
            }
            fields.append(text)
            if !valid, problem == nil { problem = .invalidUTF8 }
            guard offset < bytes.count else { break }
            let end = bytes[offset]
            offset += 1
            if end == delimiter { continue }
            if end == Self.cr, offset < bytes.count, bytes[offset] == Self.lf { offset += 1 }
            line += 1
            break
        }
        return CSVRecord(line: startLine, fields: fields, problem: problem)
    }

    /// Reads a quoted field into `scratch`, plus any text up to the next delimiter or line end;
    /// false when the closing quote never comes.
    private mutating func readQuoted(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        offset += 1
        var closed = false
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == Self.quote {
                guard offset < bytes.count, bytes[offset] == Self.quote else { closed = true; break }
                offset += 1
            } else if byte == Self.lf {
                line += 1
            }
            scratch.append(byte)
        }
        while offset < bytes.count, !isFieldEnd(bytes[offset]) {
            scratch.append(bytes[offset])
            offset += 1
        }
        return closed
    }

    private func isFieldEnd(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == Self.lf || byte == Self.cr
    }

    /// Decodes UTF-8, repairing bad bytes so the record can still be reported; the flag says whether it was valid.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        return (String(decoding: bytes, as: UTF8.self), false)
    }

    /// The most frequent of `,` `;` and tab outside quotes in the first line; `,` when there is none.
    private static func detectDelimiter(in raw: UnsafeRawBufferPointer, from start: Int) -> UInt8 {
        var counts: [UInt8: Int] = [comma: 0, semicolon: 0, tab: 0]
        var quoted = false
        var index = start
        while index < raw.count {
            let byte = raw[index]
            index += 1
            if byte == quote { quoted.toggle(); continue }
            if quoted { continue }
            if byte == lf || byte == cr { break }
            counts[byte]? += 1
        }
        let best = [comma, semicolon, tab].max { (counts[$0] ?? 0) < (counts[$1] ?? 0) } ?? comma
        return counts[best] == 0 ? comma : best
    }

    static let comma = UInt8(ascii: ",")
    static let semicolon = UInt8(ascii: ";")
    static let tab = UInt8(ascii: "\t")
    private static let quote = UInt8(ascii: "\"")
    private static let lf = UInt8(ascii: "\n")
    private static let cr = UInt8(ascii: "\r")
}
