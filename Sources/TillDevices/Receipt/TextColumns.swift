import TermUI

/// Text fitted to a fixed number of columns, measured with `DisplayWidth`, so a CJK or emoji name
/// takes the two columns it takes on paper and a line never runs past the edge.
///
/// Cut text carries no ellipsis: the printer encoder may spell "…" as several characters, which would
/// push the line over the edge again.
struct TextColumns {
    let width: Int

    /// `text` with control characters (line breaks, tabs) turned into spaces: a printed line holds no break.
    static func clean(_ text: String) -> String {
        String(text.map { character in
            character.unicodeScalars.contains { $0.properties.generalCategory == .control } ? " " : character
        })
    }

    /// `text` cut to the columns.
    func cut(_ text: String) -> String {
        String(DisplayWidth.prefix(of: Self.clean(text), fitting: width))
    }

    /// Whether `label`, a space and `value` fit on one line whole.
    func fits(_ label: String, _ value: String) -> Bool {
        DisplayWidth.of(Self.clean(label)) + 1 + DisplayWidth.of(Self.clean(value)) <= width
    }

    /// `label` on the left and `value` flush right; the label is cut, the value (an amount) never is.
    ///
    /// When less than a third of the line would be left for the label, the label gets a line of its
    /// own and the value goes right-aligned on the next.
    func row(_ label: String, _ value: String) -> [String] {
        let label = Self.clean(label)
        let value = Self.clean(value)
        let room = width - DisplayWidth.of(value) - 1
        guard DisplayWidth.of(label) <= room || room >= width / 3 else {
            return [cut(label), DisplayWidth.pad(value, to: width, alignment: .right)]
        }
        let kept = String(DisplayWidth.prefix(of: label, fitting: room))
        let gap = width - DisplayWidth.of(kept) - DisplayWidth.of(value)
        return [kept + String(repeating: " ", count: gap) + value]
    }

    /// `text` broken between words into lines that fit; a word longer than a line is broken inside.
    func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in Self.clean(text).split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if DisplayWidth.of(candidate) <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            var pieces = chunks(String(word))
            current = pieces.removeLast()
            lines += pieces
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// `text` broken into pieces that fit, the way a printer wraps a line that is too long.
    func chunks(_ text: String) -> [String] {
        var pieces: [String] = []
        var rest = Substring(Self.clean(text))
        repeat {
            var piece = DisplayWidth.prefix(of: rest, fitting: width)
            if piece.isEmpty, let first = rest.indices.first {
                piece = rest[first...first]
            }
            pieces.append(String(piece))
            rest = rest[piece.endIndex...]
        } while !rest.isEmpty
        return pieces
    }

    /// A full-width line of `character`, to separate the parts of a receipt.
    func rule(_ character: Character = "-") -> String {
        String(repeating: character, count: width)
    }
}
