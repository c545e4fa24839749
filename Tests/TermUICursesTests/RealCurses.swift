import CNcursesw
import Glibc
import TermUI
import TermUICurses
import Testing

/// Every test that opens a real ncurses screen nests in here: ncurses has global state, so they run
/// one at a time and never beside each other.
@Suite(.serialized) enum RealCurses {
    /// A screen on `/dev/null` (or `output`), sized like a classic terminal, with no tty anywhere.
    static func open(
        terminal: String = "xterm-256color", output: CursesStream = .path("/dev/null"),
        size: Size = Size(width: 80, height: 24)
    ) throws -> CursesBackend {
        try CursesBackend(options: CursesOptions(
            terminalType: terminal, input: .path("/dev/null"), output: output, size: size))
    }

    /// What the window holds at one cell: text, attributes and colour pair, read back with `mvwin_wch`.
    struct CellContent: Equatable {
        var text: String
        var attributes: attr_t
        var pair: Int32
    }

    static func cell(x: Int32, y: Int32) -> CellContent {
        var character = cchar_t()
        mvwin_wch(till_stdscr(), y, x, &character)
        var wide = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var attributes: attr_t = 0
        var shortPair: Int16 = 0
        var pair: Int32 = 0
        getcchar(&character, &wide, &attributes, &shortPair, &pair)
        return CellContent(text: string(wide), attributes: attributes, pair: pair)
    }

    /// Row `y` as text, read back with `mvwinnwstr`.
    static func row(_ y: Int32, width: Int32 = 80) -> String {
        var wide = [wchar_t](repeating: 0, count: Int(width) + 1)
        mvwinnwstr(till_stdscr(), y, 0, &wide, width)
        return string(wide)
    }

    /// The foreground and background colour numbers of `pair`.
    static func colors(ofPair pair: Int32) -> (foreground: Int32, background: Int32) {
        var foreground: Int32 = 0
        var background: Int32 = 0
        extended_pair_content(pair, &foreground, &background)
        return (foreground, background)
    }

    private static func string(_ wide: [wchar_t]) -> String {
        var text = String.UnicodeScalarView()
        for value in wide.prefix(while: { $0 != 0 }) {
            if let scalar = Unicode.Scalar(UInt32(bitPattern: value)) { text.append(scalar) }
        }
        return String(text)
    }
}
