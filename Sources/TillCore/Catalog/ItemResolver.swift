/// Why a typed or scanned code did not find an item; a bad scan is refused, never guessed.
public enum ItemError: Error, Equatable, Sendable {
    case empty
    case barcode(BarcodeError)
    case unknownBarcode(String)
    case unknownPLU(String)
    case unknownCode(String)
    case weightForCountedItem(String)
    case lookupFailed(String)
    case money(MoneyError)

    public var message: String {
        switch self {
        case .empty: "type or scan a code"
        case .barcode(let error): error.message
        case .unknownBarcode(let code): "barcode \(code) is not in the catalog"
        case .unknownPLU(let code): "there is no PLU \(code)"
        case .unknownCode(let code): "nothing matches \(code): check the code or search the menu"
        case .weightForCountedItem(let name): "\(name) is sold by the piece but the label carries a weight"
        case .lookupFailed(let reason): "catalog lookup failed: \(reason)"
        case .money(let error): "label price: \(error)"
        }
    }
}

/// An item found for a code, with what the code itself said about quantity or price.
public struct ResolvedItem: Hashable, Sendable {
    public enum Source: Hashable, Sendable { case barcode, plu, sku, id }

    public let product: Product
    /// A weight or count read from the barcode, if any.
    public let quantity: Quantity?
    /// A pack price read from the barcode, if any (minor units).
    public let labelPrice: Int64?
    public let source: Source

    public init(product: Product, quantity: Quantity? = nil, labelPrice: Int64? = nil, source: Source) {
        self.product = product
        self.quantity = quantity
        self.labelPrice = labelPrice
        self.source = source
    }
}

/// Turns what the cashier typed or the scanner sent into a catalog item.
///
/// Short all-digit codes (up to 5 digits) are PLUs. Anything with an AIM prefix, or all digits of a
/// barcode length, must be a valid barcode: a wrong check digit is an error, not a search. Other text
/// is a SKU, then a product id.
public struct ItemResolver: Sendable {
    public let reader: BarcodeReader
    public let currency: Currency

    public init(reader: BarcodeReader, currency: Currency) {
        self.reader = reader
        self.currency = currency
    }

    public func resolve(_ raw: String, in catalog: some ProductLookup) throws(ItemError) -> ResolvedItem {
        let code = String(raw.trimmingSpaces)
        guard !code.isEmpty else { throw .empty }
        let allDigits = code.allSatisfy(\.isASCIIDigit)
        if allDigits && code.count <= 5 {
            guard let product = try find({ try catalog.product(plu: code) }) else { throw .unknownPLU(code) }
            return ResolvedItem(product: product, quantity: nil, labelPrice: nil, source: .plu)
        }
        if code.hasPrefix("]") || (allDigits && GTIN.allowedLengths.contains(code.count)) {
            let read: ReadBarcode
            do { read = try reader.read(code) } catch { throw .barcode(error) }
            return try resolve(read, code, in: catalog)
        }
        if let product = try find({ try catalog.product(sku: code) }) {
            return ResolvedItem(product: product, quantity: nil, labelPrice: nil, source: .sku)
        }
        if let product = try find({ try catalog.product(id: ProductID(code)) }) {
            return ResolvedItem(product: product, quantity: nil, labelPrice: nil, source: .id)
        }
        throw .unknownCode(code)
    }

    /// Resolves what a scanner sent: always a barcode, never a PLU or a typed multiplier. Digits of
    /// a GTIN's length must carry a right check digit; other digits and text are looked up as the
    /// catalog's own barcodes and SKUs.
    public func resolveScan(_ raw: String, in catalog: some ProductLookup) throws(ItemError) -> ResolvedItem {
        let read: ReadBarcode
        do { read = try reader.read(raw) } catch {
            guard case .wrongLength = error, !raw.hasPrefix("]") else { throw .barcode(error) }
            read = ReadBarcode(symbology: .unidentified, content: .text(String(raw.trimmingSpaces)))
        }
        return try resolve(read, raw, in: catalog)
    }

    private func resolve(_ read: ReadBarcode, _ code: String, in catalog: some ProductLookup) throws(ItemError) -> ResolvedItem {
        switch read.content {
        case .gtin(let gtin):
            return ResolvedItem(product: try byBarcode(gtin.normalized, code, catalog), quantity: nil, labelPrice: nil, source: .barcode)
        case .embedded(let key, let value, _):
            let product = try byBarcode(key, code, catalog)
            switch value {
            case .price(let price):
                let minor = try money { () throws(MoneyError) in try price.money(in: currency).minorUnits }
                return ResolvedItem(product: product, quantity: nil, labelPrice: minor, source: .barcode)
            case .weight(let grams):
                guard product.unit == .kilogram else { throw .weightForCountedItem(product.name) }
                return ResolvedItem(product: product, quantity: .grams(grams), labelPrice: nil, source: .barcode)
            case .count(let count):
                return ResolvedItem(product: product, quantity: .each(count), labelPrice: nil, source: .barcode)
            }
        case .gs1(let fields):
            guard let gtin = fields.gtin else { throw .unknownBarcode(code) }
            let product = try byBarcode(gtin.normalized, code, catalog)
            let labelPrice = try fields.price.map { price throws(ItemError) in
                try money { () throws(MoneyError) in try price.money(in: currency).minorUnits }
            }
            var quantity: Quantity?
            if let grams = fields.netWeightGrams, labelPrice == nil {
                guard product.unit == .kilogram else { throw .weightForCountedItem(product.name) }
                quantity = .grams(grams)
            }
            return ResolvedItem(product: product, quantity: quantity, labelPrice: labelPrice, source: .barcode)
        case .text(let text):
            if let product = try find({ try catalog.product(barcode: text) ?? catalog.product(sku: text) }) {
                return ResolvedItem(product: product, quantity: nil, labelPrice: nil, source: .barcode)
            }
            throw .unknownBarcode(text)
        }
    }

    private func byBarcode(_ key: String, _ code: String, _ catalog: some ProductLookup) throws(ItemError) -> Product {
        guard let product = try find({ try catalog.product(barcode: key) }) else { throw .unknownBarcode(code) }
        return product
    }

    private func find(_ lookup: () throws -> Product?) throws(ItemError) -> Product? {
        do { return try lookup() } catch { throw .lookupFailed("\(error)") }
    }

    private func money<T>(_ body: () throws(MoneyError) -> T) throws(ItemError) -> T {
        do { return try body() } catch { throw .money(error) }
    }
}

extension Cart {
    /// Rings up a resolved item; `multiplier` is the "3*" typed before the code.
    @discardableResult
    public mutating func add(_ item: ResolvedItem, multiplier: Int64 = 1, modifiers: [String: [String]] = [:],
                             openPrice: Int64? = nil, ageConfirmed: Bool = false, at time: LocalTime) throws(CartError) -> Int {
        guard multiplier > 0 else { throw .badQuantity(item.product.name, reason: "the multiplier must be above zero") }
        let base = item.quantity ?? .one
        let quantity = try cartMoney { () throws(MoneyError) in Quantity(thousandths: try Checked.multiply(base.thousandths, multiplier)) }
        return try add(item.product, quantity: quantity, modifiers: modifiers, openPrice: openPrice,
                       labelPrice: item.labelPrice, ageConfirmed: ageConfirmed, at: time)
    }
}
