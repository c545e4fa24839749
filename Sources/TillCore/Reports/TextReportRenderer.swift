/// Writes a report as plain text for a receipt printer (42 or 48 columns) or a terminal.
///
/// Labels on the left, amounts right-aligned at the edge. A table whose columns do not fit the width
/// is written row by row, one figure a line. Widths count characters. Names, ids and labels are cut
/// to fit; amounts never are, and every layout leaves them room, so no line is longer than the width
/// down to about 24 columns (the longest amount, Int64.min minor units, is 21 characters).
struct TextReportRenderer {
    let columns: Int
    let exponent: Int

    func render(_ document: ReportDocument) -> String {
        var lines = [centred(document.title), rule("=")]
        lines += [("From", document.from.iso), ("To", document.to.iso), ("Currency", document.currency.code)].map(field)
        lines += body(document.entries)
        return lines.map(trimmed).joined(separator: "\n") + "\n"
    }

    /// The entries in order, with a rule wherever figures follow a table or a group, so they do not
    /// read as part of it.
    private func body(_ entries: [ReportEntry]) -> [String] {
        zip([nil] + entries.map(Optional.some), entries).flatMap { previous, entry in
            switch (previous, entry) {
            case (.table?, .field), (.group?, .field): [rule("-")] + self.entry(entry)
            default: self.entry(entry)
            }
        }
    }

    private func entry(_ entry: ReportEntry) -> [String] {
        switch entry {
        case .field(let figure): [field(figure.label, figure.value.paper(exponent: exponent))]
        case .table(let table): [rule("-"), cut(table.title)] + rows(of: table)
        case .group(_, let title, let entries): [rule("-"), cut(title.uppercased())] + body(entries)
        }
    }

    /// `label` on the left and `value` on the right, the label cut short when the two do not fit; a
    /// value as wide as the paper (a long id) is cut too.
    private func field(_ label: String, _ value: String) -> String {
        let room = columns - value.count - 1
        guard room > 0 else { return cut(value) }
        return pad(String(label.prefix(room)), to: room + 1) + value
    }

    private func rows(of table: ReportTable) -> [String] {
        let shown = table.columns.indices.filter { table.columns[$0].onPaper }
        let cells = table.rows.map { row in shown.map { row[$0].paper(exponent: exponent) } }
        let labels = shown.map { table.columns[$0].label }
        let widths = labels.indices.map { column in cells.reduce(labels[column].count) { max($0, $1[column].count) } }
        let numbers = widths.dropFirst().reduce(0) { $0 + $1 + 1 }
        if let chart = table.chartColumn, shown.contains(chart), columns - widths[0] - numbers > 4 {
            let bar = columns - widths[0] - numbers - 1
            let scale = table.rows.map { $0[chart].amount }.max() ?? 0
            let lengths = [0] + table.rows.map { row in
                scale > 0 ? Int((try? RoundingMode.down.multiplyDivide(max(0, row[chart].amount), Int64(bar), by: scale)) ?? 0) : 0
            }
            return zip([labels] + cells, lengths).map { line($0, widths, first: widths[0]) + " " + String(repeating: "#", count: $1) }
        }
        let first = columns - numbers
        guard first >= min(widths[0], 8) else { return records(labels, cells) }
        return ([labels] + cells).map { line($0, widths, first: first) }
    }

    /// One line of a table: the first cell left-aligned in `first` characters, the rest right-aligned.
    private func line(_ cells: [String], _ widths: [Int], first: Int) -> String {
        pad(String(cells[0].prefix(first)), to: first) + zip(cells.dropFirst(), widths.dropFirst()).map {
            " " + String(repeating: " ", count: max(0, $1 - $0.count)) + $0
        }.joined()
    }

    /// A table too wide for the paper, one row after another: its name, then each figure on a line.
    private func records(_ labels: [String], _ cells: [[String]]) -> [String] {
        cells.flatMap { row in
            [cut(row[0])] + zip(labels.dropFirst(), row.dropFirst()).map { field("  " + $0, $1) }
        }
    }

    private func trimmed(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }

    private func cut(_ text: String) -> String { String(text.prefix(max(0, columns))) }

    private func centred(_ text: String) -> String {
        cut(String(repeating: " ", count: max(0, (columns - text.count) / 2)) + text)
    }

    private func rule(_ character: Character) -> String { String(repeating: character, count: max(0, columns)) }

    private func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }
}

extension ReportValue {
    /// The minor units of an amount, for scaling a chart; zero for anything else.
    fileprivate var amount: Int64 {
        if case .amount(let minor) = self { minor } else { 0 }
    }
}
