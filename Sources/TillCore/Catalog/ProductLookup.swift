/// Finds products by the keys a till uses; the store answers with indexed SQL, tests and the demo from memory.
public protocol ProductLookup {
    func product(id: ProductID) throws -> Product?
    /// By a barcode key: a GTIN's 14-digit `normalized` form, a variable-measure key, or other barcode text.
    func product(barcode key: String) throws -> Product?
    func product(plu: String) throws -> Product?
    func product(sku: String) throws -> Product?
}

extension Product {
    /// The keys under which this product's barcodes are found: each code as written (variable-measure
    /// keys such as "221234", internal codes), and valid GTINs also by their 14-digit form.
    public var barcodeKeys: [String] {
        var keys: [String] = []
        for code in barcodes {
            for key in [code, (try? GTIN(code))?.normalized].compactMap({ $0 }) where !keys.contains(key) {
                keys.append(key)
            }
        }
        return keys
    }
}

/// A catalog held in memory, indexed like the store's: for tests, the demo and benchmarks' baselines.
public struct InMemoryCatalog: ProductLookup, Sendable {
    public private(set) var products: [ProductID: Product] = [:]
    private var byBarcode: [String: ProductID] = [:]
    private var byPLU: [String: ProductID] = [:]
    private var bySKU: [String: ProductID] = [:]

    public init(_ products: [Product] = []) {
        for product in products { insert(product) }
    }

    /// Adds or replaces a product (matched by id) and its keys.
    public mutating func insert(_ product: Product) {
        if let old = products[product.id] {
            for key in old.barcodeKeys { byBarcode[key] = nil }
            if let plu = old.plu { byPLU[plu] = nil }
            bySKU[old.sku] = nil
        }
        products[product.id] = product
        for key in product.barcodeKeys { byBarcode[key] = product.id }
        if let plu = product.plu { byPLU[plu] = product.id }
        bySKU[product.sku] = product.id
    }

    public func product(id: ProductID) -> Product? { products[id] }
    public func product(barcode key: String) -> Product? { byBarcode[key].flatMap { products[$0] } }
    public func product(plu: String) -> Product? { byPLU[plu].flatMap { products[$0] } }
    public func product(sku: String) -> Product? { bySKU[sku].flatMap { products[$0] } }
}
