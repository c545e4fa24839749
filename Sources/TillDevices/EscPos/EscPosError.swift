/// Why a document, a printer profile or a picture cannot be turned into ESC/POS bytes, with what
/// would be accepted so the person fixing it does not have to guess.
public enum EscPosError: Error, Equatable, Sendable {
    /// A profile's font A line is narrower or wider than any receipt printer prints.
    case columnsOutOfRange(profile: String, columns: Int)
    /// A profile's printable width is not a whole number of bytes of dots, or not positive.
    case dotsPerLineInvalid(profile: String, dots: Int)
    /// A profile lists no code page, so nothing outside ASCII could ever print.
    case noCodePages(profile: String)
    /// A profile gives a count that one command byte cannot carry.
    case profileValueOutOfRange(profile: String, field: String, value: Int, allowed: ClosedRange<Int>)
    /// Barcode data of the wrong length or with characters the symbology cannot hold.
    case badBarcodeData(BarcodeSymbology, data: String, accepted: String)
    /// The last digit of an EAN/UPC is not its check digit: probably a typo in the data.
    case wrongCheckDigit(BarcodeSymbology, data: String, expected: Int)
    /// Even at 2 dots a module (the narrowest that scans reliably) the barcode is wider than the paper.
    case barcodeTooWide(BarcodeSymbology, modules: Int, dotsPerLine: Int)
    /// More QR data than a QR code can hold at the chosen error correction.
    case qrDataTooLong(count: Int, maximum: Int, kind: String)
    /// A QR module size the printer cannot draw.
    case qrModuleSizeOutOfRange(Int)
    /// A picture wider than the paper's printable dots.
    case imageTooWide(width: Int, maximum: Int)
    /// A negative number of lines to feed.
    case negativeFeed(Int)
    /// An image file that could not be read from disk.
    case imageUnreadable(path: String, reason: String)
    /// Image data that is neither PBM (P1, P4) nor PNG, or is cut short or damaged.
    case imageFormat(String)
}

extension EscPosError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .columnsOutOfRange(let profile, let columns):
            "Printer profile “\(profile)” has \(columns) columns: use 24 to 64 (32 for 58 mm paper, 42 or 48 for 80 mm)."
        case .dotsPerLineInvalid(let profile, let dots):
            "Printer profile “\(profile)” has \(dots) dots per line: use a positive multiple of 8 "
                + "(384 for 58 mm paper, 576 for 80 mm)."
        case .noCodePages(let profile):
            "Printer profile “\(profile)” lists no code page: add at least CP437 with its ESC t number (usually 0)."
        case .profileValueOutOfRange(let profile, let field, let value, let allowed):
            "Printer profile “\(profile)” has \(field) = \(value): use \(allowed.lowerBound) to \(allowed.upperBound)."
        case .badBarcodeData(let symbology, let data, let accepted):
            "“\(data)” cannot be printed as \(symbology.displayName): it takes \(accepted)."
        case .wrongCheckDigit(let symbology, let data, let expected):
            "The \(symbology.displayName) “\(data)” ends in the wrong check digit: it should end in \(expected)."
        case .barcodeTooWide(let symbology, let modules, let dots):
            "This \(symbology.displayName) needs \(modules) modules with its quiet zones, more than \(dots) dots "
                + "hold even at 2 dots a module: shorten the data."
        case .qrDataTooLong(let count, let maximum, let kind):
            "A QR code holds at most \(maximum) \(kind) at this error correction; this one has \(count): "
                + "shorten the data or lower the error correction."
        case .qrModuleSizeOutOfRange(let size):
            "QR module size \(size) cannot be printed: use 1 to 16 dots."
        case .imageTooWide(let width, let maximum):
            "The picture is \(width) dots wide but the paper prints \(maximum): scale it down to at most \(maximum)."
        case .negativeFeed(let lines):
            "Cannot feed \(lines) lines: the paper only moves forward."
        case .imageUnreadable(let path, let reason):
            "Cannot read the picture \(path): \(reason)."
        case .imageFormat(let reason):
            "The picture cannot be used: \(reason)."
        }
    }
}

extension BarcodeSymbology {
    /// The name printed on labels and in barcode standards, for messages.
    var displayName: String {
        switch self {
        case .ean13: "EAN-13"
        case .ean8: "EAN-8"
        case .upcA: "UPC-A"
        case .code128: "Code 128"
        }
    }
}
