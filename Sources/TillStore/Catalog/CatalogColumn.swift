import Foundation

/// The columns of a catalog CSV file, as `till catalog import` reads them and `export` writes them.
///
/// Header names are case-insensitive and in any order; spaces and hyphens count as underscores
/// (`Price Per` is `price_per`), and `tax_class` is accepted for `tax`. An unknown column is an
/// error, so a misspelt header never drops data silently. On re-import, a column the file leaves
/// out keeps the stored value; an empty cell clears an optional value.
///
/// | column | required | content |
/// |---|---|---|
/// | `sku` | yes | the product's key: re-importing a SKU updates that product; a new SKU's id is the SKU |
/// | `name` | yes | shown on screen and receipt |
/// | `price` | yes | in major units of the store currency, decimal point or comma: `3.50`, `3,50`, `1.234,50` |
/// | `tax` | yes | tax class code, or several separated by `\|`; each must exist in the store |
/// | `category` | no | category name; created if new (its id is a slug of the name) |
/// | `barcodes` | no | codes separated by `\|` or spaces; 8-, 12-, 13- and 14-digit codes are GTINs and need a right check digit |
/// | `unit` | no | `each` (default) or `kg` |
/// | `plu` | no | 1 to 5 digits |
/// | `brand` | no | searched like the name |
/// | `price_per` | no | how much the price buys: items for `each` (`3` for "3 for 1.00"), kilograms for `kg` (`0.1` for per 100 g); default 1 |
/// | `open_price` | no | `yes`/`no`, `true`/`false`, `1`/`0`; empty is no: the cashier keys the price |
/// | `min_age` | no | buyers must be this old; empty or 0 for none |
/// | `sold_out` | no | boolean as `open_price` |
/// | `variant_of` | no | SKU of the parent product (in the store or in the same file) |
enum CatalogColumn: Int, CaseIterable {
    case sku, name, price, tax, category, barcodes, unit, plu, brand, pricePer, openPrice, minAge, soldOut, variantOf

    /// The name in a header row.
    var header: String {
        switch self {
        case .sku: "sku"
        case .name: "name"
        case .price: "price"
        case .tax: "tax"
        case .category: "category"
        case .barcodes: "barcodes"
        case .unit: "unit"
        case .plu: "plu"
        case .brand: "brand"
        case .pricePer: "price_per"
        case .openPrice: "open_price"
        case .minAge: "min_age"
        case .soldOut: "sold_out"
        case .variantOf: "variant_of"
        }
    }

    var isRequired: Bool { rawValue <= CatalogColumn.tax.rawValue }

    /// The column a header cell names, after folding case, spaces and hyphens.
    init?(header text: String) {
        let folded = String(text.trimmingWhitespace.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
        guard let column = Self.allCases.first(where: { $0.header == folded }) ?? (folded == "tax_class" ? .tax : nil) else {
            return nil
        }
        self = column
    }
}

/// Where each column sits in the file's rows, read from the header line.
struct CatalogHeader {
    let fieldCount: Int
    /// Field index by `CatalogColumn.rawValue`; nil where the file lacks the column.
    private let positions: [Int?]

    /// Reads the header row; every problem with it (unknown, missing or repeated columns) is reported at once.
    init(_ record: CSVRecord) throws(CatalogCSVError) {
        var positions = [Int?](repeating: nil, count: CatalogColumn.allCases.count)
        var errors: [CatalogRowError] = []
        var unknown: [String] = []
        for (index, text) in record.fields.enumerated() {
            guard let column = CatalogColumn(header: text) else {
                unknown.append(text.isEmpty ? "(column \(index + 1) has no name)" : "\"\(text)\"")
                continue
            }
            if positions[column.rawValue] != nil {
                errors.append(CatalogRowError(line: record.line, reason: "column \(column.header) appears twice"))
            }
            positions[column.rawValue] = index
        }
        if !unknown.isEmpty {
            let known = CatalogColumn.allCases.map(\.header).joined(separator: ", ")
            errors.append(CatalogRowError(line: record.line,
                                          reason: "unknown columns \(unknown.joined(separator: ", ")) (known: \(known))"))
        }
        let missing = CatalogColumn.allCases.filter { $0.isRequired && positions[$0.rawValue] == nil }
        if !missing.isEmpty {
            errors.append(CatalogRowError(line: record.line, reason: "missing required columns: "
                                          + missing.map(\.header).joined(separator: ", ")))
        }
        guard errors.isEmpty else { throw .rows(errors) }
        self.positions = positions
        fieldCount = record.fields.count
    }

    /// The trimmed cell of `column`, or nil when the file has no such column.
    func value(_ column: CatalogColumn, in fields: [String]) -> String? {
        positions[column.rawValue].map { fields[$0].trimmingWhitespace }
    }
}

extension String {
    /// Without surrounding whitespace; the common case of none costs no copy.
    var trimmingWhitespace: String {
        guard let first = utf8.first, let last = utf8.last,
              Self.mayBeSpace(first) || Self.mayBeSpace(last) else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether a first or last UTF-8 byte may belong to whitespace: ASCII blanks, or any non-ASCII scalar.
    private static func mayBeSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80
    }
}
