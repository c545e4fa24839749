/// The two lines a 2×20 customer display shows, already folded to ASCII and fitted to its 20
/// columns, so the app can work them out from the cart and the encoder only has to send them.
public struct DisplayLines: Hashable, Sendable {
    /// Characters per line on Epson-mode pole displays.
    public static let columns = 20

    /// The upper line: the item or the total.
    public let top: String
    /// The lower line: the running total, what is left to pay, or the change.
    public let bottom: String

    /// Two lines as given, each folded to ASCII and cut or padded to exactly 20 columns.
    public init(top: String, bottom: String = "") {
        self.top = Self.fit(top, alignment: .left)
        self.bottom = Self.fit(bottom, alignment: .left)
    }

    /// Two centred lines: a welcome, a thank-you.
    public static func centred(_ top: String, _ bottom: String = "") -> DisplayLines {
        DisplayLines(top: fit(top, alignment: .center), bottom: fit(bottom, alignment: .center))
    }

    /// A label on the left and a value flush right on each line.
    ///
    /// When the value leaves too little room for the label, the value alone is shown: the customer
    /// needs the amount more than the word before it.
    static func rows(_ top: (label: String, value: String), _ bottom: (label: String, value: String)?) -> DisplayLines {
        let text = TextColumns(width: columns)
        let row = { (row: (label: String, value: String)) in
            text.row(ASCIIFolding.fold(row.label), ASCIIFolding.fold(row.value)).last ?? ""
        }
        return DisplayLines(top: row(top), bottom: bottom.map(row) ?? "")
    }

    /// `text` in ASCII, cut or padded to the display's width and placed as asked.
    private static func fit(_ text: String, alignment: TextAlignment) -> String {
        let kept = TextColumns(width: columns).cut(ASCIIFolding.fold(text))
        let gap = columns - kept.count
        let before = alignment == .center ? gap / 2 : 0
        return String(repeating: " ", count: before) + kept + String(repeating: " ", count: gap - before)
    }
}
