/// What a printer is asked to print, before it becomes bytes: the receipt layout and the report
/// printer build one, the ESC/POS encoder turns it into commands for a given printer profile, and
/// the preview shows it as text.
public struct PrintDocument: Equatable, Sendable {
    public var blocks: [PrintBlock]

    public init(_ blocks: [PrintBlock] = []) {
        self.blocks = blocks
    }

    /// Adds one block at the end.
    public mutating func append(_ block: PrintBlock) {
        blocks.append(block)
    }
}

/// One piece of a printed document, in paper order.
public enum PrintBlock: Equatable, Sendable {
    /// One line of text (no line break inside), already laid out to the paper's columns.
    case line(String, style: TextStyle = .plain, alignment: TextAlignment = .left)
    /// A one-dimensional barcode; the data is checked (and check digits computed) by the encoder.
    case barcode(BarcodeSymbology, data: String)
    /// A QR code holding `data`, printed by the printer itself (`GS ( k`).
    case qrCode(String, moduleSize: Int = 4, correction: QRCorrection = .medium)
    /// A black-and-white raster picture, such as the store's logo.
    case image(RasterImage, alignment: TextAlignment = .center)
    /// Blank lines.
    case feed(lines: Int)
    /// The end of a receipt: feed past the cutter and cut as the profile says.
    case cut(CutKind = .partial)
    /// A cash drawer kick, sent after the cut (printers do not drive the drawer while printing).
    case drawer(DrawerPulse)
}

/// How text is set.
public struct TextStyle: Hashable, Sendable {
    public var bold: Bool
    public var underline: Bool
    public var doubleWidth: Bool
    public var doubleHeight: Bool
    /// White on black.
    public var inverted: Bool

    public init(bold: Bool = false, underline: Bool = false, doubleWidth: Bool = false, doubleHeight: Bool = false,
                inverted: Bool = false) {
        self.bold = bold
        self.underline = underline
        self.doubleWidth = doubleWidth
        self.doubleHeight = doubleHeight
        self.inverted = inverted
    }

    public static let plain = TextStyle()
    public static let bold = TextStyle(bold: true)
    /// Twice as wide and twice as high: half the columns fit on a line.
    public static let large = TextStyle(bold: true, doubleWidth: true, doubleHeight: true)
}

/// Where a line or picture sits across the paper.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right
}

/// The barcodes Till prints.
public enum BarcodeSymbology: Hashable, Sendable {
    case ean13, ean8, upcA, code128
}

/// How much of a QR code may be damaged and still read: L 7 %, M 15 %, Q 25 %, H 30 %.
public enum QRCorrection: Hashable, Sendable {
    case low, medium, quartile, high
}

/// How the paper is cut.
public enum CutKind: Hashable, Sendable {
    case full, partial
}

/// A 1-bit picture: `width × height` dots, rows packed most significant bit first, each row padded
/// to whole bytes, 1 = black (the layout `GS v 0` takes).
public struct RasterImage: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let rows: [UInt8]

    /// Bytes per row, padding included.
    public var bytesPerRow: Int { (width + 7) / 8 }

    public init(width: Int, height: Int, rows: [UInt8]) {
        precondition(width > 0 && height > 0 && rows.count == (width + 7) / 8 * height, "raster size and data disagree")
        self.width = width
        self.height = height
        self.rows = rows
    }
}
