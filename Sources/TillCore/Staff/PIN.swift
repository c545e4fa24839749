/// A staff PIN as typed at the till, checked for shape before anything hashes or compares it.
///
/// 4 to 8 ASCII digits: a keypad can type them and a slow hash can make each guess costly. Other
/// digit scripts are refused so one PIN has one spelling. The digits never appear in a description,
/// so a PIN that reaches a log or an error message shows as dots.
public struct PIN: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// How many digits a PIN may have.
    public static let lengths = 4...8

    public let digits: String

    public init(_ text: String) throws(StaffError) {
        guard Self.lengths.contains(text.utf8.count), text.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw .pinFormat
        }
        digits = text
    }

    public var description: String { "••••" }

    public var debugDescription: String { "PIN(••••)" }
}
