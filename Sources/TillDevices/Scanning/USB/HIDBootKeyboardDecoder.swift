/// Turns a boot-protocol keyboard's 8-byte reports `[modifiers, reserved, k1…k6]` into what a
/// scanner in keyboard mode typed, by usage ID, so the host's keyboard layout cannot change it.
///
/// A key counts once, when it goes down: a usage that was in the previous report is still held,
/// so a scanner typing the same digit twice sends a report without it in between. Alt and GUI
/// turn keys into shortcuts, which are dropped; Ctrl turns them into control characters.
public struct HIDBootKeyboardDecoder: Sendable {
    /// The usages down in the last report that said which keys are down.
    private var held: [UInt8] = []
    /// What was typed since the last scan ended.
    private var typed = ""

    /// Left or right Shift.
    static let shift: UInt8 = 0x02 | 0x20
    /// Left or right Ctrl.
    static let control: UInt8 = 0x01 | 0x10
    /// Left or right Alt and GUI (Windows, Command).
    static let shortcut: UInt8 = 0x04 | 0x08 | 0x40 | 0x80

    public init() {}

    /// The characters of the keys this report presses, in the order of its key slots.
    public mutating func characters(in report: [UInt8]) -> [Character] {
        guard report.count > 2 else { return [] }
        let modifiers = report[0]
        let keys = report.dropFirst(2).filter { $0 != 0 }
        if keys.contains(where: HIDKeyboardUsage.errors.contains) { return [] }
        defer { held = keys }
        guard modifiers & Self.shortcut == 0 else { return [] }

        let shifted = modifiers & Self.shift != 0
        return keys.filter { !held.contains($0) }.compactMap { usage in
            guard let character = HIDKeyboardUsage.character(usage, shifted: shifted) else { return nil }
            return modifiers & Self.control == 0 ? character : HIDKeyboardUsage.control(character)
        }
    }

    /// The scans this report ends: what was typed up to Enter, Tab or a line feed, without it.
    /// A terminator with nothing before it ends no scan.
    public mutating func scans(in report: [UInt8]) -> [String] {
        var scans: [String] = []
        for character in characters(in: report) {
            if Self.terminators.contains(character) {
                if !typed.isEmpty { scans.append(typed) }
                typed = ""
            } else {
                typed.append(character)
            }
        }
        return scans
    }

    /// Enter (CR), Tab, and LF (Ctrl+J), the suffixes scanners are set up to send.
    private static let terminators: Set<Character> = ["\r", "\t", "\n"]
}
