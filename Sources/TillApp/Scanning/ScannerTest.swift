public import TillCore
public import TillDevices

/// `till scanner test`: what each report of a scanner means to Till, one line each, so an installer
/// sees at once whether the scanner is found, framed right, and read as the product it labels.
public struct ScannerTest: Sendable {
    public let resolver: ItemResolver
    /// The store's catalog to find scanned products in; nil where no store is at hand.
    public let catalog: (any ProductLookup & Sendable)?

    public init(resolver: ItemResolver, catalog: (any ProductLookup & Sendable)?) {
        self.resolver = resolver
        self.catalog = catalog
    }

    /// One line saying what the report is: a scan as read (symbology, check digit, embedded weight
    /// or price, the product), or the scanner coming and going.
    public func describe(_ report: ScannerReport) -> String {
        switch report {
        case .state(let source, .ready):
            return "The \(source) is ready: scan a barcode (Ctrl-C ends the test)."
        case .state(let source, .unavailable(let reason, let retry)):
            return "The \(source) cannot scan: \(reason)" + (retry > 0 ? " (trying again in \(retry) s)" : "")
        case .scan(let scan):
            return "\(scan.text.debugDescription) → " + meaning(of: scan.text)
        }
    }

    /// What Till makes of the scanned text: refused with the reason, or read and looked up.
    private func meaning(of text: String) -> String {
        let read: String
        do throws(BarcodeError) {
            read = Self.describe(try resolver.reader.read(text))
        } catch {
            guard case .wrongLength = error, !text.hasPrefix("]") else { return "refused: \(error.message)" }
            read = "text \(text.debugDescription)"
        }
        guard let catalog else { return read }
        do throws(ItemError) {
            let item = try resolver.resolveScan(text, in: catalog)
            return "\(read): \(item.product.name)"
        } catch {
            return "\(read): \(error.message)"
        }
    }

    /// The symbology and content of a read barcode, as a person would say it.
    static func describe(_ read: ReadBarcode) -> String {
        let kind = name(of: read.symbology)
        switch read.content {
        case .gtin(let gtin): return "\(kind) \(gtin.digits), check digit right"
        case .embedded(let key, let value, _): return "\(kind) variable-measure item \(key), " + describe(value)
        case .gs1(let element): return "\(kind) GS1 " + (element.gtin.map { "GTIN \($0.digits)" } ?? "without a GTIN")
        case .text(let text): return "\(kind) text \(text.debugDescription)"
        }
    }

    private static func name(of symbology: Symbology) -> String {
        switch symbology {
        case .ean13: "EAN-13"
        case .ean8: "EAN-8"
        case .upcA: "UPC-A"
        case .upcE: "UPC-E"
        case .gtin14: "GTIN-14"
        case .gs1128: "GS1-128"
        case .code128: "Code 128"
        case .gs1DataBar: "GS1 DataBar"
        case .gs1DataMatrix: "GS1 DataMatrix"
        case .dataMatrix: "Data Matrix"
        case .gs1QRCode: "GS1 QR Code"
        case .qrCode: "QR Code"
        case .other(let aim): "symbology \(aim)"
        case .unidentified: "unidentified"
        }
    }

    private static func describe(_ value: EmbeddedValue) -> String {
        switch value {
        case .price(let price): "price \(decimal(price.amount, places: price.decimals)) on the label"
        case .weight(let grams): "\(grams) g on the label"
        case .count(let count): "\(count) pieces on the label"
        }
    }

    /// 199 with 2 places is "1.99".
    private static func decimal(_ amount: Int64, places: Int) -> String {
        guard places > 0 else { return "\(amount)" }
        let digits = String(repeating: "0", count: max(0, places + 1 - "\(amount)".count)) + "\(amount)"
        return digits.dropLast(places) + "." + digits.suffix(places)
    }
}
