import TermUI

/// A print document as plain text, the way a printer `columns` characters wide would lay it out: for
/// the demo's printer pane, the README's sample receipt, and tests that read a receipt like a person.
///
/// Double-width text is letter-spaced (each character followed by as many spaces as it is wide), so
/// it takes on screen the room it takes on paper; bold, underline, inverted and double height do not
/// show. Text too long for a line wraps where the printer would wrap it. Pictures and codes show as
/// bracketed placeholders, the cut as a dashed line, a drawer kick as `[drawer]`. Lines carry no
/// trailing spaces.
public struct PrintPreview: Sendable {
    /// The paper's characters per line, or the pane's width when it is narrower.
    public let columns: Int

    /// A preview `columns` wide; a pane narrower than one column shows one.
    public init(columns: Int) {
        self.columns = max(1, columns)
    }

    /// The document's lines, top to bottom.
    public func lines(of document: PrintDocument) -> [String] {
        document.blocks.flatMap(lines(of:))
    }

    /// The document as one text, one line each, ending in a line break.
    public func text(of document: PrintDocument) -> String {
        lines(of: document).map { $0 + "\n" }.joined()
    }

    private func lines(of block: PrintBlock) -> [String] {
        switch block {
        case .line(let text, let style, let alignment):
            let perLine = style.doubleWidth ? max(1, columns / 2) : columns
            return TextColumns(width: perLine).chunks(text).map { piece in
                align(style.doubleWidth ? Self.letterSpaced(piece) : piece, alignment)
            }
        case .barcode(let symbology, let data):
            return [placeholder("\(Self.name(of: symbology)) \(data)", .center)]
        case .qrCode(let data, _, _):
            return [placeholder("QR \(data)", .center)]
        case .image(let image, let alignment):
            return [placeholder("image \(image.width)×\(image.height)", alignment)]
        case .feed(let count):
            return Array(repeating: "", count: max(0, count))
        case .cut:
            let dashes = max(0, columns - 5)
            return [String(repeating: "-", count: dashes / 2) + " cut " + String(repeating: "-", count: dashes - dashes / 2)]
        case .drawer:
            return ["[drawer]"]
        }
    }

    /// `[label]`, cut to the line and placed as asked.
    private func placeholder(_ label: String, _ alignment: TextAlignment) -> String {
        align(TextColumns(width: columns).cut("[\(label)]"), alignment)
    }

    /// `text` (which fits) moved across the line, without trailing spaces.
    private func align(_ text: String, _ alignment: TextAlignment) -> String {
        let gap = max(0, columns - DisplayWidth.of(text))
        let indent = switch alignment {
        case .left: 0
        case .center: gap / 2
        case .right: gap
        }
        var line = String(repeating: " ", count: indent) + text
        while line.last == " " {
            line.removeLast()
        }
        return line
    }

    /// Each character followed by as many spaces as it is wide: double-width text as wide as on paper.
    private static func letterSpaced(_ text: String) -> String {
        text.map { String($0) + String(repeating: " ", count: DisplayWidth.of($0)) }.joined()
    }

    /// The symbology as printed under barcodes.
    private static func name(of symbology: BarcodeSymbology) -> String {
        switch symbology {
        case .ean13: "EAN-13"
        case .ean8: "EAN-8"
        case .upcA: "UPC-A"
        case .code128: "CODE128"
        }
    }
}
