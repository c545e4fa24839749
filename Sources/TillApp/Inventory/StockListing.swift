import Foundation
import TermUI
public import TillCore

/// A stock list as the command line prints it: aligned text, CSV or JSON from one table, so the
/// three forms never disagree.
///
/// JSON is an array of objects keyed by the column names; quantities are decimal numbers in the
/// product's unit (0.25 for 250 g), money is in minor units, as the reports write it.
public struct StockListing: Hashable, Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case text, csv, json
    }

    /// A cell, typed so each format writes it right.
    public enum Value: Hashable, Sendable {
        case text(String)
        case quantity(Quantity)
        case money(Int64?, Currency)

        var text: String {
            switch self {
            case .text(let text): text
            case .quantity(let quantity): quantity.formatted
            case .money(let minor?, let currency): Money(minorUnits: minor, currency: currency).formatted()
            case .money(nil, _): ""
            }
        }

        var json: String {
            switch self {
            case .text(let text): text.quotedLiteral
            case .quantity(let quantity): quantity.formatted
            case .money(let minor?, _): "\(minor)"
            case .money(nil, _): "null"
            }
        }

        var isNumber: Bool { if case .text = self { false } else { true } }
    }

    public let columns: [String]
    public let rows: [[Value]]
    /// Lines after the table in text only: totals and what a manager should look at.
    public let footer: [String]

    public init(columns: [String], rows: [[Value]], footer: [String] = []) {
        self.columns = columns
        self.rows = rows
        self.footer = footer
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: text
        case .csv: ([columns] + rows.map { $0.map(\.text) }).map { $0.map(Self.csvField).joined(separator: ",") + "\n" }.joined()
        case .json:
            "[" + rows.map { row in
                "{" + zip(columns, row).map { "\($0.quotedLiteral):\($1.json)" }.joined(separator: ",") + "}"
            }.joined(separator: ",\n ") + "]\n"
        }
    }

    /// Columns padded to their widest cell, numbers to the right; a header line, then the footer.
    private var text: String {
        let cells = [columns.map(Value.text)] + rows
        let widths = columns.indices.map { column in cells.map { $0[column].text.displayWidth }.max() ?? 0 }
        var lines = cells.enumerated().map { index, row in
            zip(row, widths).enumerated().map { column, pair in
                let (value, width) = pair
                let padding = String(repeating: " ", count: max(0, width - value.text.displayWidth))
                let right = index > 0 && value.isNumber || index == 0 && rows.first.map { $0[column].isNumber } == true
                return right ? padding + value.text : value.text + (column == row.count - 1 ? "" : padding)
            }.joined(separator: "  ")
        }
        lines += footer
        return lines.map { $0 + "\n" }.joined()
    }

    /// A CSV field, quoted when it holds a delimiter, a quote or a line break.
    private static func csvField(_ text: String) -> String {
        text.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
