/// What the cashier typed, turned into an FTS5 query that user text cannot break.
///
/// The text is cut into words the way FTS5's unicode61 tokenizer cuts it (runs of letters and
/// digits), and each word becomes a quoted string, so `AND`, `-`, `*` or a stray `"` are only text.
/// Words of two letters or more match as prefixes ("cre" finds "Crème"); a single letter matches a
/// whole word only, because a one-letter prefix walks a large part of the index (about 18 ms at a
/// million products, against well under 1 ms for two letters).
struct SearchQuery: Equatable {
    /// The FTS5 MATCH expression.
    let match: String
    /// Whether bm25 ranking is affordable: the last word has at least 3 characters, so it matches
    /// few enough rows (ranking a 2-character prefix over a big catalog takes hundreds of ms).
    let isRanked: Bool

    /// Nil when the text has no word to search for.
    init?(_ text: String) {
        let words = text.split { !($0.isLetter || $0.isNumber) }
        guard let last = words.last else { return nil }
        match = words.map { $0.count == 1 ? "\"\($0)\"" : "\"\($0)\"*" }.joined(separator: " ")
        isRanked = last.count >= 3
    }
}
