/// Writes a report as CSV (RFC 4180, `,` delimited, `\n` line ends), amounts as decimals.
///
/// A report that is one table is written as that table under a header row of its column keys. A
/// report of many parts (X, Z) is written as one long table, `section,row,figure,value`, with one
/// line per figure: the keys are the JSON names, so the two exports can be compared line by line.
struct CSVReportRenderer {
    let exponent: Int

    func render(_ document: ReportDocument) -> String {
        let records: [[String]]
        if document.entries.count == 1, case .table(let table) = document.entries[0] {
            records = [table.columns.map(\.key)] + table.rows.map { $0.map(cell) }
        } else {
            records = [["section", "row", "figure", "value"]] + document.entries.flatMap { figures($0, section: "") }
        }
        return records.map { $0.map(Self.quoted).joined(separator: ",") + "\n" }.joined()
    }

    /// The figures of one entry as `section,row,figure,value` records; groups name nested sections "cash.drawers".
    private func figures(_ entry: ReportEntry, section: String) -> [[String]] {
        switch entry {
        case .field(let field):
            return [[section, "", field.key, cell(field.value)]]
        case .group(let key, _, let entries):
            return entries.flatMap { figures($0, section: Self.path(section, key)) }
        case .table(let table):
            return table.rows.flatMap { row in
                let id = row.prefix(table.idColumns).map { $0.paper(exponent: exponent) }.joined(separator: " ")
                return zip(table.columns, row).dropFirst(table.idColumns).map {
                    [Self.path(section, table.key), id, $0.key, cell($1)]
                }
            }
        }
    }

    private func cell(_ value: ReportValue) -> String {
        switch value {
        case .rate(let rate): String(rate.description.dropLast())
        case .absent: ""
        case .text(let text): Self.defused(text)
        case .amount, .count, .quantity: value.paper(exponent: exponent)
        }
    }

    private static func path(_ section: String, _ key: String) -> String {
        section.isEmpty ? key : section + "." + key
    }

    /// Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) gets a leading `'`, so a
    /// product named "=HYPERLINK(…)" stays a name.
    private static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// The field as is, or double-quoted with quotes doubled when it holds `,` `"` `;` or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { ",\";\n\r".unicodeScalars.contains($0) }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }
}
