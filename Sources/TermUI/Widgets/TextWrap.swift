/// Word wrapping by display width, for dialog messages (widgets wrap inside themselves; the buffer
/// never wraps).
public enum TextWrap {
    /// `text` broken into lines at most `width` columns wide, at spaces where possible; explicit
    /// newlines are kept and a word longer than a line is split.
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = Substring(word)
                let separator = line.isEmpty ? "" : " "
                if line.displayWidth + separator.count + word.displayWidth <= width {
                    line += separator + word
                    continue
                }
                if !line.isEmpty {
                    result.append(line)
                    line = ""
                }
                while word.displayWidth > width {
                    let head = DisplayWidth.prefix(of: word, fitting: width)
                    guard !head.isEmpty else { return result }
                    result.append(String(head))
                    word = word[head.endIndex...]
                }
                line = String(word)
            }
            result.append(line)
        }
        return result
    }
}
