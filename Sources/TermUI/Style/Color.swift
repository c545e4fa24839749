/// A foreground or background colour as a theme names it, before the terminal's limits apply.
///
/// Indexes 0–15 are the ANSI colours (0–7 normal, 8–15 bright), 16–231 the xterm 6×6×6 cube and
/// 232–255 the grey ramp. `rgb` keeps a `#rrggbb` value exact until ``mapped(to:)`` brings it down to
/// what the terminal can show.
public enum Color: Sendable, Hashable, CustomStringConvertible {
    /// The terminal's own colour (ncurses `use_default_colors`, colour -1).
    case `default`
    /// An entry of the terminal palette, 0–255.
    case indexed(UInt8)
    /// An exact colour, mapped to the nearest palette entry before drawing.
    case rgb(UInt8, UInt8, UInt8)

    public static let black = Color.indexed(0)
    public static let red = Color.indexed(1)
    public static let green = Color.indexed(2)
    public static let yellow = Color.indexed(3)
    public static let blue = Color.indexed(4)
    public static let magenta = Color.indexed(5)
    public static let cyan = Color.indexed(6)
    public static let white = Color.indexed(7)

    /// The ANSI names accepted in themes, by palette index; `bright-` names are 8–15.
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses a theme colour: an ANSI name (`"red"`, `"bright-red"`, `"light-red"`, `"gray"`),
    /// `"default"`, a palette index `"0"`–`"255"` or `"#rrggbb"`. Returns nil for anything else.
    public init?(_ text: String) {
        let name = text.lowercased()
        if name == "default" || name == "reset" {
            self = .default
            return
        }
        if let index = Color.ansiNames.firstIndex(of: name) {
            self = .indexed(UInt8(index))
            return
        }
        for prefix in ["bright-", "light-"] where name.hasPrefix(prefix) {
            guard let index = Color.ansiNames.firstIndex(of: String(name.dropFirst(prefix.count))) else { return nil }
            self = .indexed(UInt8(index + 8))
            return
        }
        if name == "gray" || name == "grey" {
            self = .indexed(8)
            return
        }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            guard digits.count == 6, digits.allSatisfy(\.isHexDigit), let value = UInt32(digits, radix: 16) else {
                return nil
            }
            self = .rgb(UInt8(value >> 16), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF))
            return
        }
        guard let index = UInt8(name) else { return nil }
        self = .indexed(index)
    }

    public var description: String {
        switch self {
        case .default:
            return "default"
        case .indexed(let index):
            if index < 8 { return Color.ansiNames[Int(index)] }
            if index < 16 { return "bright-" + Color.ansiNames[Int(index) - 8] }
            return String(index)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
    }

    /// The nearest colour the terminal can show: exact palette entries stay as they are when they
    /// exist, `#rrggbb` goes to the xterm cube or grey ramp (256) or the ANSI colours (16 and 8), and
    /// every colour becomes `.default` on a monochrome terminal.
    public func mapped(to capability: ColorCapability) -> Color {
        switch (self, capability) {
        case (.default, _), (_, .mono):
            return .default
        case (.indexed(let index), _) where Int(index) < capability.colorCount:
            return self
        case (.indexed(let index), .ansi8) where index < 16:
            return .indexed(index - 8)
        case (.rgb(let r, let g, let b), .xterm256):
            return .indexed(ColorPalette.nearestXterm256(r, g, b))
        case (.indexed, _), (.rgb, _):
            let (r, g, b) = rgbComponents
            return .indexed(ColorPalette.nearestANSI(r, g, b, count: capability.colorCount))
        }
    }

    /// The colour's red, green and blue as xterm draws it; `.default` reads as black.
    var rgbComponents: (UInt8, UInt8, UInt8) {
        switch self {
        case .default: (0, 0, 0)
        case .indexed(let index): ColorPalette.xtermRGB(index)
        case .rgb(let r, let g, let b): (r, g, b)
        }
    }
}
