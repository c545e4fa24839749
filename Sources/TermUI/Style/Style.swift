/// How a cell looks: colours and attributes, small enough to live in every cell of a frame.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colours and no attributes.
    public static let plain = Style()

    /// This style with `extra` attributes switched on as well.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// This style with its colours brought down to what the terminal can show (see ``Color/mapped(to:)``).
    public func mapped(to capability: ColorCapability) -> Style {
        Style(
            foreground: foreground.mapped(to: capability),
            background: background.mapped(to: capability),
            attributes: attributes)
    }
}
