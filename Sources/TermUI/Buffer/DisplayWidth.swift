/// Column widths of text as a terminal draws it, so layouts line up with CJK, emoji and combining marks.
///
/// This follows `wcwidth` semantics with our own table instead of libc's, whose answer depends on the
/// process locale: East Asian Wide and Fullwidth characters (which include emoji with default emoji
/// presentation) take two columns, combining marks and format controls none, control characters none
/// (they are never drawn), and everything else one. A grapheme cluster takes the width of its first
/// scalar, except that an emoji presentation selector (U+FE0F) or a regional-indicator pair (a flag)
/// makes it two columns wide.
public enum DisplayWidth {
    /// The number of columns `character` occupies: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
        }
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        let width = of(first)
        guard width == 1 else { return width }
        let isRegionalIndicator = (0x1F1E6...0x1F1FF).contains(first.value)
        while let next = scalars.next() {
            if next.value == 0xFE0F || isRegionalIndicator { return 2 }
        }
        return 1
    }

    /// The number of columns a single scalar occupies on its own: 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }
        if contains(DisplayWidthTables.zero, value) { return 0 }
        if contains(DisplayWidthTables.wide, value) { return 2 }
        return 1
    }

    /// The number of columns `text` occupies when drawn on one line.
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        var total = 0
        for character in text {
            total += of(character)
        }
        return total
    }

    /// The longest prefix of `text` that fits in `width` columns, never splitting a wide character.
    public static func prefix<Text: StringProtocol>(of text: Text, fitting width: Int) -> Text.SubSequence {
        var used = 0
        var end = text.startIndex
        for index in text.indices {
            let next = used + of(text[index])
            if next > width { break }
            used = next
            end = text.index(after: index)
        }
        return text[text.startIndex..<end]
    }

    /// `text` cut to `width` columns, ending in `ellipsis` (after no space) when something had to go.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard of(text) > width else { return text }
        let ellipsisWidth = of(ellipsis)
        guard width > ellipsisWidth else { return String(prefix(of: text, fitting: width)) }
        var kept = prefix(of: text, fitting: width - ellipsisWidth)
        while kept.last == " " {
            kept.removeLast()
        }
        return String(kept) + ellipsis
    }

    /// `text` cut or padded with spaces to exactly `width` columns, aligned as asked.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let clipped = truncate(text, to: width)
        let gap = max(0, width - of(clipped))
        switch alignment {
        case .left:
            return clipped + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + clipped
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + clipped + String(repeating: " ", count: gap - left)
        }
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let range = table[middle]
            if value < range.lowerBound {
                high = middle - 1
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}

extension StringProtocol {
    /// The number of terminal columns this text occupies (see ``DisplayWidth``).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// The number of terminal columns this character occupies (see ``DisplayWidth``).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
