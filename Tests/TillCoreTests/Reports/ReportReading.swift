import Foundation
import Testing
import TillCore

/// Reads rendered reports back the way a person or a spreadsheet would, to compare the three formats.
enum ReportReading {
    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// CSV records (RFC 4180: quoted fields may hold `,`, `"` doubled, and line breaks).
    static func csv(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var previous: Character?
        for character in text {
            switch (character, quoted) {
            case ("\"", true): quoted = false
            case ("\"", false): if previous == "\"" { field.append("\"") }; quoted = true
            case (",", false): record.append(field); field = ""
            case ("\n", false): record.append(field); records.append(record); record = []; field = ""
            default: field.append(character)
            }
            previous = character
        }
        return records
    }

    /// Decimal places a figure is written with in CSV and text, as integer units in JSON.
    static func exponent(of key: String) -> Int {
        switch key {
        case "sales_count", "count", "payments", "hour", "number", "price_overrides", "approvals", "no_sales", "training_sales": 0
        case "quantity", "items", "items_per_minute": 3
        case "rate": 4
        default: 2
        }
    }

    /// A CSV cell read as JSON writes the figure: "34.79" → 3479, "0.025" items → 25, "8.1" % → 81 000.
    static func units(_ cell: String, key: String) throws -> Int64 {
        try AmountParser(currency: Currency(code: key, exponent: exponent(of: key))).parse(cell)
    }

    /// Compares one CSV cell with the JSON value for the same figure.
    static func expectSame(_ cell: String, _ json: Any?, key: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        switch json {
        case nil: #expect(cell.isEmpty, "\(key): CSV has \(cell), JSON has nothing", sourceLocation: sourceLocation)
        case let text as String: #expect(cell == text, "\(key)", sourceLocation: sourceLocation)
        case let number as NSNumber: #expect(try units(cell, key: key) == number.int64Value, "\(key)", sourceLocation: sourceLocation)
        default: Issue.record("\(key): unexpected JSON value \(String(describing: json))", sourceLocation: sourceLocation)
        }
    }

    /// The value printed on the line labelled `label`, from the first such line after `heading` (if any).
    static func paper(_ label: String, in text: String, after heading: String? = nil) -> String? {
        var lines = text.split(separator: "\n").map(String.init)
        if let heading, let start = lines.firstIndex(of: heading) { lines = Array(lines[start...]) }
        for line in lines {
            let words = line.split(separator: " ")
            guard let value = words.last, words.count > 1 else { continue }
            if words.dropLast().joined(separator: " ") == label { return String(value) }
        }
        return nil
    }

    /// The words of every line, for matching table rows.
    static func rows(of text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
    }
}
