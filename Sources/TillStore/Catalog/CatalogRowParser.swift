import TillCore

/// Reads a catalog row's cells onto a product, each bad cell reported with its column and why, so
/// a person can fix the whole file in one go.
struct CatalogRowParser {
    let header: CatalogHeader
    let prices: AmountParser
    /// The store's tax class codes.
    let taxCodes: Set<String>

    /// A row read over a product, with the names the importer still has to resolve against the store.
    struct Parsed {
        var product: Product
        /// The category name to file the product under; nil when the row keeps or clears the category.
        var categoryName: String?
        /// The parent's SKU; nil when the row keeps or clears the parent.
        var parentSKU: String?
        var errors: [CatalogRowError]
    }

    /// Reads `fields` over `base`: the stored product, or a new one with defaults (`isNew`). Columns
    /// the file lacks keep the base's values.
    func parse(_ fields: [String], line: Int, over base: Product, isNew: Bool) -> Parsed {
        var cells = Cells(header: header, fields: fields, line: line)
        var product = base
        if let name = cells.read(.name, Self.required) { product.name = name }
        if let price = cells.read(.price, price) { product.price = price }
        if let codes = cells.read(.tax, taxClasses) { product.taxCodes = codes }
        let categoryName = cells.read(.category, Self.optional)
        if let categoryName, categoryName == nil { product.categoryID = nil }
        if let barcodes = cells.read(.barcodes, Self.barcodes) { product.barcodes = barcodes }
        if let unit = cells.read(.unit, Self.unit) { product.unit = unit }
        if let plu = cells.read(.plu, Self.plu) { product.plu = plu }
        if let brand = cells.read(.brand, Self.optional) { product.brand = brand }
        let unit = product.unit
        switch cells.read(.pricePer, { (text) throws(CellError) in try Self.pricedPer(text, unit: unit) }) {
        case .some(.some(let quantity)): product.pricedPer = quantity
        case .some(.none): product.pricedPer = Self.defaultPricedPer(unit)
        case .none where isNew: product.pricedPer = Self.defaultPricedPer(unit)
        case .none: break
        }
        if let openPrice = cells.read(.openPrice, Self.flag) { product.openPrice = openPrice }
        if let age = cells.read(.minAge, Self.age) { product.minimumAge = age }
        if let soldOut = cells.read(.soldOut, Self.flag) { product.soldOut = soldOut }
        let parentSKU = cells.read(.variantOf, Self.optional)
        if let parentSKU, parentSKU == nil { product.variantOf = nil }
        return Parsed(product: product, categoryName: categoryName ?? nil, parentSKU: parentSKU ?? nil, errors: cells.errors)
    }

    private func price(_ text: String) throws(CellError) -> Int64 {
        guard !text.isEmpty else { throw CellError("is empty") }
        let minor: Int64
        do {
            minor = try prices.parse(text)
        } catch {
            switch error {
            case .unreadable(_, let reason): throw CellError("\"\(text)\" is not an amount (\(reason))")
            default: throw CellError("\"\(text)\" is too large")
            }
        }
        guard minor >= 0 else { throw CellError("\"\(text)\" is negative") }
        return minor
    }

    private func taxClasses(_ text: String) throws(CellError) -> [String] {
        guard !text.isEmpty else {
            throw CellError("is empty: name a tax class (a zero-rate class for untaxed goods)")
        }
        let codes = text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingWhitespace }
        if let blank = codes.firstIndex(of: "") { throw CellError("tax class \(blank + 1) of \"\(text)\" is empty") }
        if let unknown = codes.first(where: { !taxCodes.contains($0) }) {
            throw CellError("\"\(unknown)\" is not a tax class of this store (it has: \(taxCodes.sorted().joined(separator: ", ")))")
        }
        if let repeated = codes.enumerated().first(where: { codes[..<$0.offset].contains($0.element) }) {
            throw CellError("\"\(repeated.element)\" is listed twice")
        }
        return codes
    }

    private static func required(_ text: String) throws(CellError) -> String {
        guard !text.isEmpty else { throw CellError("is empty") }
        return text
    }

    private static func optional(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// Codes as written; the ones of GTIN lengths must carry a right check digit, since a typo there
    /// would file the product under a code no scanner ever reads.
    private static func barcodes(_ text: String) throws(CellError) -> [String] {
        let codes = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.utf8.split { $0 == UInt8(ascii: "|") || $0 == 0x20 || (0x09...0x0D).contains($0) }.map { String(decoding: $0, as: UTF8.self) }
            : text.split { $0 == "|" || $0.isWhitespace }.map(String.init)
        for code in codes where code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
            && [8, 12, 13, 14].contains(code.utf8.count) {
            do {
                _ = try GTIN(code)
            } catch {
                if case .badCheckDigit(let expected, let found) = error {
                    throw CellError("\"\(code)\" has check digit \(found), expected \(expected)")
                }
                throw CellError("\"\(code)\" is not a valid GTIN: \(error.message)")
            }
        }
        return codes
    }

    private static func unit(_ text: String) throws(CellError) -> SaleUnit {
        guard !text.isEmpty else { return .each }
        guard let unit = SaleUnit(rawValue: text.lowercased()) else { throw CellError("\"\(text)\" is not a unit (each or kg)") }
        return unit
    }

    private static func plu(_ text: String) throws(CellError) -> String? {
        guard !text.isEmpty else { return nil }
        guard text.utf8.count <= 5, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw CellError("\"\(text)\" is not a PLU (1 to 5 digits)")
        }
        return text
    }

    private static func pricedPer(_ text: String, unit: SaleUnit) throws(CellError) -> Quantity? {
        guard !text.isEmpty else { return nil }
        guard let thousandths = try? AmountParser(currency: Currency(code: "price_per", exponent: 3)).parse(text),
              thousandths > 0 else {
            throw CellError("\"\(text)\" is not a quantity above zero")
        }
        guard unit == .kilogram || thousandths % 1000 == 0 else {
            throw CellError("\"\(text)\" is not a whole number of items")
        }
        return Quantity(thousandths: thousandths)
    }

    private static func defaultPricedPer(_ unit: SaleUnit) -> Quantity {
        unit == .each ? .one : .grams(1000)
    }

    private static func flag(_ text: String) throws(CellError) -> Bool {
        switch text.lowercased() {
        case "", "no", "false", "0": return false
        case "yes", "true", "1": return true
        default: throw CellError("\"\(text)\" is not yes or no")
        }
    }

    private static func age(_ text: String) throws(CellError) -> Int? {
        guard !text.isEmpty else { return nil }
        guard let years = Int(text), (0...150).contains(years) else { throw CellError("\"\(text)\" is not an age in years") }
        return years == 0 ? nil : years
    }
}

/// Why one cell is wrong, before the row's line and the column are attached.
struct CellError: Error {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

/// One row's cells, collecting what is wrong with them.
private struct Cells {
    let header: CatalogHeader
    let fields: [String]
    let line: Int
    var errors: [CatalogRowError] = []

    /// `read` applied to the cell of `column`; nil when the file lacks the column or the cell is wrong.
    mutating func read<T>(_ column: CatalogColumn, _ read: (String) throws(CellError) -> T) -> T? {
        guard let text = header.value(column, in: fields) else { return nil }
        do {
            return try read(text)
        } catch {
            errors.append(CatalogRowError(line: line, column: column.header, reason: error.reason))
            return nil
        }
    }
}
