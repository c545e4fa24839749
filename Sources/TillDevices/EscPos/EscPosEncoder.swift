/// Turns a `PrintDocument` into the bytes one printer model understands: pure, so every receipt can
/// be checked byte for byte in tests and previewed without a printer.
public struct EscPosEncoder: Sendable {
    /// The printer the bytes are for.
    public let profile: PrinterProfile

    /// An encoder for one printer; the profile was checked when it was made.
    public init(profile: PrinterProfile) {
        self.profile = profile
    }

    /// The whole document, starting with `ESC @` so no setting from an earlier job leaks in.
    ///
    /// Drawer kicks go last, after any cut, wherever they sit in the document: printers do not drive
    /// the drawer while printing.
    public func encode(_ document: PrintDocument) throws(EscPosError) -> [UInt8] {
        var writer = EscPosWriter(profile: profile)
        var drawerKicks: [DrawerPulse] = []
        for block in document.blocks {
            switch block {
            case .line(let text, let style, let alignment):
                writer.line(text, style: style, alignment: alignment)
            case .barcode(let symbology, let data):
                try writer.barcode(symbology, data: data)
            case .qrCode(let data, let moduleSize, let correction):
                try writer.qrCode(data, moduleSize: moduleSize, correction: correction)
            case .image(let image, let alignment):
                try writer.image(image, alignment: alignment)
            case .feed(let lines):
                try writer.feed(lines: lines)
            case .cut(let kind):
                writer.cut(kind)
            case .drawer(let pulse):
                drawerKicks.append(pulse)
            }
        }
        for pulse in drawerKicks {
            writer.append(pulse.bytes)
        }
        return writer.bytes
    }
}
