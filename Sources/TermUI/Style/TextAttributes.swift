/// Text attributes every terminal we target can show, so a mono theme still has emphasis.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let dim = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)

    /// The names used in theme files, in canonical order.
    public static let named: [(name: String, attribute: TextAttributes)] = [
        ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
    ]

    /// The attribute a theme file names, or nil if the name is unknown.
    public init?(name: String) {
        guard let match = TextAttributes.named.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = match.attribute
    }
}
