/// A modal box centred over the screen with a title, a message, an optional input line and
/// buttons: confirmations ("Void this sale?") and prompts ("Manager PIN").
///
/// The dialog sizes itself to its content, up to `maxWidth`, and wraps the message inside. It
/// blanks what is under it. Styles: `styleKey`, `.border`, `.title`, `.button`,
/// `.button.selected`, and the input's own key.
public struct Dialog: Widget, Sendable, Hashable {
    public var title: String
    public var message: String
    public var buttons: [String]
    public var selectedButton: Int
    /// The input line of a prompt; nil for a plain dialog.
    public var input: TextInput?
    public var maxWidth: Int
    public var border: BorderSet
    public var styleKey: String

    public init(
        title: String, message: String, buttons: [String] = ["OK"], selectedButton: Int = 0,
        input: TextInput? = nil, maxWidth: Int = 60, border: BorderSet = .single, styleKey: String = "dialog"
    ) {
        self.title = title
        self.message = message
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.input = input
        self.maxWidth = maxWidth
        self.border = border
        self.styleKey = styleKey
    }

    /// A dialog asking for one line of text, such as a PIN (pass a masked input).
    public static func prompt(
        title: String, message: String, input: TextInput, buttons: [String] = ["OK", "Cancel"]
    ) -> Dialog {
        Dialog(title: title, message: message, buttons: buttons, input: input)
    }

    /// The box the dialog occupies when drawn centred in `area`.
    public func frame(in area: Rect) -> Rect {
        let messageWidth = message.split(separator: "\n").map(\.displayWidth).max() ?? 0
        let contentWidth = max(title.displayWidth + 2, messageWidth, buttonsText.displayWidth, input == nil ? 0 : 20)
        let width = min(maxWidth, area.width, contentWidth + 4)
        let height = min(area.height, 2 + contentRows(width: width))
        return area.centered(width: width, height: height)
    }

    public func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        let box = frame(in: area)
        let block = Block(
            title: title, border: border, styleKey: styleKey, borderKey: styleKey + ".border",
            titleKey: styleKey + ".title")
        block.render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        var y = inner.y
        for line in TextWrap.lines(message, width: inner.width) where y < inner.maxY {
            buffer.write(line, x: inner.x, y: y, style: theme.style(styleKey), clip: inner)
            y += 1
        }
        if let input {
            let line = Rect(x: inner.x, y: y + 1, width: inner.width, height: 1).intersection(inner)
            input.render(into: &buffer, area: line, theme: theme)
            y += 2
        }
        guard !buttons.isEmpty else { return }
        let row = y > inner.y ? y + 1 : y
        guard row < inner.maxY else { return }
        var x = inner.x + max(0, (inner.width - buttonsText.displayWidth) / 2)
        for (index, label) in buttons.enumerated() {
            let key = index == selectedButton ? styleKey + ".button.selected" : styleKey + ".button"
            x = buffer.write("[ \(label) ]", x: x, y: row, style: theme.style(key), clip: inner) + 2
        }
    }

    private var buttonsText: String {
        buttons.map { "[ \($0) ]" }.joined(separator: "  ")
    }

    private func contentRows(width: Int) -> Int {
        let messageRows = message.isEmpty ? 0 : TextWrap.lines(message, width: max(1, width - 4)).count
        let inputRows = input == nil ? 0 : 2
        let buttonRows = buttons.isEmpty ? 0 : (messageRows + inputRows == 0 ? 1 : 2)
        return messageRows + inputRows + buttonRows
    }
}
