/// The theme TermUI falls back to when none is loaded: attributes only, so it works on any
/// terminal and every widget's selection, cursor and emphasis stay visible.
extension Theme {
    /// Attribute-only styles for every widget key TermUI uses (htop's monochrome scheme).
    public static let monochrome = Theme(
        name: "monochrome",
        styles: [
            "title": Style(attributes: .bold),
            "table.header": Style(attributes: .underline),
            "table.selected": Style(attributes: .reverse),
            "list.selected": Style(attributes: .reverse),
            "input.placeholder": Style(attributes: .dim),
            "status": Style(attributes: .reverse),
            "hint.key": Style(attributes: .reverse),
            "dialog.title": Style(attributes: .bold),
            "dialog.button.selected": Style(attributes: .reverse),
            "pane.indicator": Style(attributes: .bold),
            "chart.value": Style(attributes: .dim),
        ])
}
