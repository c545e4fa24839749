/// A bordered box with an optional title, the frame around panels and dialogs.
///
/// Styles: `styleKey` for the inside, `borderKey` for the lines, `titleKey` for the title; the
/// defaults match the shipped themes' `"border"` and `"title"`.
public struct Block: Widget, Sendable, Hashable {
    public var title: String?
    public var border: BorderSet
    public var styleKey: String
    public var borderKey: String
    public var titleKey: String

    public init(
        title: String? = nil, border: BorderSet = .single, styleKey: String = "default", borderKey: String = "border",
        titleKey: String = "title"
    ) {
        self.title = title
        self.border = border
        self.styleKey = styleKey
        self.borderKey = borderKey
        self.titleKey = titleKey
    }

    /// The area inside the border, where the block's content goes.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Blanks `area` in the block's style, then draws the border and the title (clipped with an
    /// ellipsis to fit between the corners).
    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, with: Cell(" ", style: theme.style(styleKey)))
        buffer.drawBox(area, border: border, style: theme.style(borderKey))
        guard let title, area.width > 4 else { return }
        let text = " " + DisplayWidth.truncate(title, to: area.width - 4) + " "
        buffer.write(text, x: area.x + 1, y: area.y, style: theme.style(titleKey), clip: area)
    }
}
