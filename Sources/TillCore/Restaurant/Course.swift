/// When a dish goes to the guests, in service order: drinks first, desserts last.
public enum Course: String, Hashable, Codable, Sendable, CaseIterable, Comparable, CustomStringConvertible {
    case drinks, starters, mains, desserts

    public static func < (lhs: Course, rhs: Course) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    public var description: String { rawValue }

    /// The course a server types: its name or its first letter ("m", "mains").
    public init?(typed: String) {
        let text = typed.lowercased()
        guard !text.isEmpty, let course = Self.allCases.first(where: { $0.rawValue == text || $0.rawValue.hasPrefix(text) }) else {
            return nil
        }
        self = course
    }
}
