public import Foundation
public import TillCore

/// One line of a stock list: the product its code names, how many, and at what unit cost.
public struct StockFileLine: Hashable, Sendable {
    /// The file line, for messages.
    public let line: Int
    public let product: Product
    public let quantity: Quantity
    public let unitCost: Int64?
}

/// Why a stock list was refused: every bad line, with what is wrong, so one pass fixes them all.
public struct StockFileError: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [String]

    public var description: String { problems.joined(separator: "\n") }
}

extension AppDatabase {
    /// Reads a delivery or a handheld scanner's count from CSV: `code,quantity,cost` (the code a
    /// barcode, PLU or SKU; the quantity 1 when left out; the cost in the store's currency), with or
    /// without a header line naming those columns (`sku` or `barcode` for the code). Any bad line
    /// refuses the whole file, each named with its line.
    public func readStockFile(_ data: Data, resolver: ItemResolver, signed: Bool = false) throws(StockFileError) -> [StockFileLine] {
        var reader = CSVReader(data: data)
        guard !reader.isUTF16 else { throw StockFileError(problems: ["the file is UTF-16; save it as UTF-8 CSV"]) }
        var columns = (code: 0, quantity: 1, cost: 2)
        var lines: [StockFileLine] = []
        var problems: [String] = []
        while let record = reader.next() {
            guard !record.isBlank else { continue }
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if lines.isEmpty, problems.isEmpty, let header = Self.header(fields) {
                columns = header
                continue
            }
            do throws(StockFileProblem) {
                lines.append(try line(fields, columns: columns, at: record.line, resolver: resolver, signed: signed))
            } catch {
                problems.append("line \(record.line): \(error.text)")
            }
        }
        guard problems.isEmpty else { throw StockFileError(problems: problems) }
        guard !lines.isEmpty else { throw StockFileError(problems: ["the file lists no products"]) }
        return lines
    }

    private func line(_ fields: [String], columns: (code: Int, quantity: Int, cost: Int), at number: Int, resolver: ItemResolver,
                      signed: Bool) throws(StockFileProblem) -> StockFileLine {
        func field(_ index: Int) -> String { fields.indices.contains(index) ? fields[index] : "" }
        let code = field(columns.code)
        let item: ResolvedItem
        do { item = try resolver.resolve(code, in: self) } catch { throw StockFileProblem(text: error.message) }
        let quantity: Quantity
        do {
            quantity = field(columns.quantity).isEmpty ? item.quantity ?? .one : try StockQuantity.parse(field(columns.quantity), signed: signed)
        } catch {
            throw StockFileProblem(text: "\(item.product.name): \(error.description)")
        }
        var cost: Int64?
        if !field(columns.cost).isEmpty {
            guard let parsed = try? AmountParser(currency: resolver.currency).parse(field(columns.cost)), parsed >= 0 else {
                throw StockFileProblem(text: "\(item.product.name): \(InventoryError.badCost(field(columns.cost)).description)")
            }
            cost = parsed
        }
        return StockFileLine(line: number, product: item.product, quantity: quantity, unitCost: cost)
    }

    /// The columns a header line names, or nil when the line is data.
    private static func header(_ fields: [String]) -> (code: Int, quantity: Int, cost: Int)? {
        let names = fields.map { $0.lowercased() }
        guard let code = names.firstIndex(where: { ["code", "sku", "barcode"].contains($0) }) else { return nil }
        return (code, names.firstIndex(of: "quantity") ?? -1, names.firstIndex(where: { $0 == "cost" || $0 == "unit_cost" }) ?? -1)
    }
}

/// One line's problem, before it is numbered.
private struct StockFileProblem: Error {
    let text: String
}
