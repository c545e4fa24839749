import CNcursesw
import TermUI

/// The colour pairs of one session: one pair per (foreground, background), allocated the first time
/// it is drawn and reused after, with theme colours brought down to what the terminal shows.
struct CursesColors {
    /// What the terminal can show: from `COLORS`, or mono without colour support.
    let capability: ColorCapability
    /// Whether colour -1 means the terminal's own colours (`use_default_colors` worked).
    let hasDefaultColors: Bool
    /// Pair numbers run from 1 to `pairLimit - 1`; pair 0 is fixed to the default colours.
    let pairLimit: Int32
    private let allocate: (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool
    private var pairs: [ColorKey: Int32] = [:]
    private var nextPair: Int32 = 1

    private struct ColorKey: Hashable {
        var foreground: Color
        var background: Color
    }

    /// Colours as the given terminal reports them; `allocate` defines a pair and says if it worked.
    init(
        capability: ColorCapability, hasDefaultColors: Bool, pairLimit: Int32,
        allocate: @escaping (_ pair: Int32, _ foreground: Int32, _ background: Int32) -> Bool
    ) {
        self.capability = capability
        self.hasDefaultColors = hasDefaultColors
        self.pairLimit = pairLimit
        self.allocate = allocate
    }

    /// Starts colour on the current screen, if it has any, and asks for the terminal's own colours.
    static func start() -> CursesColors {
        guard has_colors(), start_color() != ERR else {
            return CursesColors(capability: .mono, hasDefaultColors: false, pairLimit: 0) { _, _, _ in false }
        }
        let hasDefaultColors = use_default_colors() != ERR
        return CursesColors(
            capability: ColorCapability(colorCount: Int(till_colors())),
            hasDefaultColors: hasDefaultColors,
            pairLimit: till_color_pairs()
        ) { pair, foreground, background in
            init_extended_pair(pair, foreground, background) != ERR
        }
    }

    /// The pair for `foreground` on `background`; 0 (the default colours) when the terminal has no
    /// colour or every pair is taken.
    mutating func pair(foreground: Color, background: Color) -> Int32 {
        let key = ColorKey(foreground: foreground, background: background)
        if let pair = pairs[key] { return pair }
        let foregroundNumber = number(of: foreground, isForeground: true)
        let backgroundNumber = number(of: background, isForeground: false)
        var pair: Int32 = 0
        let isDefault = foregroundNumber == number(of: .default, isForeground: true)
            && backgroundNumber == number(of: .default, isForeground: false)
        if !isDefault, nextPair < pairLimit, allocate(nextPair, foregroundNumber, backgroundNumber) {
            pair = nextPair
            nextPair += 1
        }
        pairs[key] = pair
        return pair
    }

    /// The ncurses colour number for `color` on this terminal: -1 for the terminal's own colour, or
    /// white on black where the terminal cannot keep its own.
    func number(of color: Color, isForeground: Bool) -> Int32 {
        switch color.mapped(to: capability) {
        case .indexed(let index):
            return Int32(index)
        case .default, .rgb:
            if hasDefaultColors { return -1 }
            return isForeground ? 7 : 0
        }
    }
}
