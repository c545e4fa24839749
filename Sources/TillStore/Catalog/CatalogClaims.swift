import GRDB
import TillCore

/// What the rows read so far have claimed (SKUs, barcode keys, PLUs), so a file cannot give one
/// key to two products, and claims on keys that products outside the rows read so far still hold.
///
/// A claim on another product's barcode or PLU, or a parent SKU not yet seen, waits for the end of
/// the file: it is good if that product comes later (the file moves the key, or defines the parent).
struct CatalogClaims {
    /// False when the store had no product as the import began: then only the file can hold a
    /// key, and a first import of a big catalog skips four lookups a row.
    let storeHasProducts: Bool
    /// The line of each SKU read.
    private var skus: [String: Int] = [:]
    /// The id of each SKU read whose id is not its SKU (products created by other means).
    private var ids: [String: ProductID] = [:]
    private var keys: [String: Int] = [:]
    private var plus: [String: Int] = [:]
    /// SKUs whose PLU a row earlier in the file took; their stored PLU is already gone when they are read.
    private var pluLosers: Set<String> = []
    private var waiting: [Waiting] = []

    /// A row's barcode keys, and whether it takes a key or PLU from another product.
    struct Claimed {
        var keys: [String] = []
        var takesOver = false
    }

    init(storeHasProducts: Bool) {
        self.storeHasProducts = storeHasProducts
    }

    private enum Waiting {
        case barcode(line: Int, code: String, owner: String)
        case plu(line: Int, plu: String, owner: String)
        case parent(line: Int, sku: String)
    }

    /// Records the row's SKU; a repeated SKU, or a new SKU that is already another product's id, is wrong.
    mutating func claimSKU(_ sku: String, id: ProductID, isNew: Bool, line: Int, _ db: Database,
                           _ problems: inout RowProblems) throws {
        guard !sku.isEmpty else { return problems.add(.sku, "is empty") }
        if let earlier = skus[sku] { return problems.add(.sku, "\"\(sku)\" is also on line \(earlier)") }
        skus[sku] = line
        if id.rawValue != sku { ids[sku] = id }
        if isNew, storeHasProducts, let holder = try String.fetchOne(db.cachedStatement(sql: "SELECT sku FROM product WHERE id = ?"), arguments: [sku]) {
            problems.add(.sku, "\"\(sku)\" is already the id of the product with SKU \"\(holder)\"")
        }
    }

    /// The id of the parent SKU: read earlier, in the store, or (checked at the end) later in the file.
    mutating func parent(_ parentSKU: String, of sku: String, line: Int, _ db: Database,
                         _ problems: inout RowProblems) throws -> ProductID? {
        guard parentSKU != sku else {
            problems.add(.variantOf, "a product cannot be a variant of itself")
            return nil
        }
        if skus[parentSKU] != nil { return ids[parentSKU] ?? ProductID(parentSKU) }
        if storeHasProducts,
           let id = try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM product WHERE sku = ?"), arguments: [parentSKU]) {
            return ProductID(id)
        }
        waiting.append(.parent(line: line, sku: parentSKU))
        return ProductID(parentSKU)
    }

    /// Records the product's barcode keys and PLU; each may be in one row of the file only, and may
    /// be taken from another product only if that product comes later in the file without it.
    /// Returns the product's `barcodeKeys`, worked out once here for the writer too.
    mutating func claimKeys(of product: Product, existing: Product?, line: Int, _ db: Database,
                            _ problems: inout RowProblems) throws -> Claimed {
        var claimed = Claimed()
        for code in product.barcodes {
            let codeKeys = Self.keys(of: code)
            if let earlier = codeKeys.compactMap({ keys[$0] }).first(where: { $0 != line }) {
                problems.add(.barcodes, "\"\(code)\" is the same barcode as one on line \(earlier)")
                continue
            }
            for key in codeKeys where keys.updateValue(line, forKey: key) == nil {
                claimed.keys.append(key)
            }
            guard storeHasProducts, existing?.barcodes.contains(code) != true else { continue }
            for key in codeKeys {
                let owner = try String.fetchOne(db.cachedStatement(sql: """
                    SELECT product.sku FROM barcode JOIN product ON product.id = barcode.product_id WHERE barcode.key = ?
                    """), arguments: [key])
                guard let owner, owner != product.sku else { continue }
                claimed.takesOver = true
                if skus[owner] == nil { waiting.append(.barcode(line: line, code: code, owner: owner)) }
                break
            }
        }
        if try claimPLU(of: product, existing: existing, line: line, db, &problems) { claimed.takesOver = true }
        return claimed
    }

    /// Records the PLU; true when another product holds it.
    private mutating func claimPLU(of product: Product, existing: Product?, line: Int, _ db: Database,
                                   _ problems: inout RowProblems) throws -> Bool {
        guard let plu = product.plu else { return false }
        if let earlier = plus[plu] {
            problems.add(.plu, "\"\(plu)\" is also on line \(earlier)")
            return false
        }
        plus[plu] = line
        guard storeHasProducts, existing?.plu != plu,
              let owner = try String.fetchOne(db.cachedStatement(sql: "SELECT sku FROM product WHERE plu = ?"), arguments: [plu]),
              owner != product.sku else { return false }
        if skus[owner] == nil {
            waiting.append(.plu(line: line, plu: plu, owner: owner))
            pluLosers.insert(owner)
        }
        return true
    }

    /// The keys one code is filed under, as `Product.barcodeKeys` makes them.
    private static func keys(of code: String) -> [String] {
        guard let normalized = (try? GTIN(code))?.normalized, normalized != code else { return [code] }
        return [code, normalized]
    }

    /// Whether a row earlier in the file took this SKU's PLU, which changes the product even if its row does not.
    func lostPLU(_ sku: String) -> Bool { pluLosers.contains(sku) }

    /// The waiting claims that the rest of the file did not settle.
    func unsettled() -> [CatalogRowError] {
        waiting.compactMap { claim in
            switch claim {
            case .barcode(let line, let code, let owner) where skus[owner] == nil:
                CatalogRowError(line: line, column: CatalogColumn.barcodes.header,
                                reason: "\"\(code)\" already belongs to SKU \"\(owner)\"")
            case .plu(let line, let plu, let owner) where skus[owner] == nil:
                CatalogRowError(line: line, column: CatalogColumn.plu.header,
                                reason: "\"\(plu)\" already belongs to SKU \"\(owner)\"")
            case .parent(let line, let sku) where skus[sku] == nil:
                CatalogRowError(line: line, column: CatalogColumn.variantOf.header, reason: "no product has SKU \"\(sku)\"")
            default:
                nil
            }
        }
    }
}
