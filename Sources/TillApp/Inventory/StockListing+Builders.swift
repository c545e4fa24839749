public import TillCore
public import TillStore

extension StockListing {
    /// Levels by product and location; a level below zero or at its reorder point is flagged.
    public static func levels(_ levels: [StockOnHand], lowStock: [LowStockEntry]) -> StockListing {
        let low = Set(lowStock.map { "\($0.onHand.productID.rawValue)\t\($0.onHand.locationID)" })
        let rows: [[Value]] = levels.map { level in
            let status = level.isException ? "below zero" : low.contains("\(level.productID.rawValue)\t\(level.locationID)") ? "low" : ""
            return [.text(level.sku), .text(level.name), .text(level.locationID), .quantity(level.quantity), .text(status)]
        }
        let negative = levels.count(where: \.isException)
        return StockListing(columns: ["sku", "name", "location", "quantity", "status"], rows: rows,
                            footer: negative == 0 ? [] : ["\(negative) below zero: sold more than the books hold; receive or count them."])
    }

    /// Products at or below their reorder point, with what to order.
    public static func lowStock(_ entries: [LowStockEntry]) -> StockListing {
        StockListing(columns: ["sku", "name", "location", "quantity", "reorder_point", "order"], rows: entries.map {
            [.text($0.onHand.sku), .text($0.onHand.name), .text($0.onHand.locationID), .quantity($0.onHand.quantity),
             .quantity($0.reorder.point), .quantity($0.suggested)]
        })
    }

    /// A count's sheet: every product with what was expected, counted and the variance at cost.
    public static func count(_ session: CountSession, currency: Currency) throws(InventoryError) -> StockListing {
        let report = try session.report()
        let rows: [[Value]] = try session.sheet.map { line throws(InventoryError) in
            let variance = line.variance(in: session.scope)
            let value = try variance.flatMap { variance throws(InventoryError) in
                try line.unitCost.map { cost throws(InventoryError) in try StockValue.of(variance, at: cost, product: line.label) }
            }
            return [.text(line.productID.rawValue), .text(line.label), .quantity(line.expected), line.counted.map(Value.quantity) ?? .text(""),
                    variance.map(Value.quantity) ?? .text(""), .money(value, currency)]
        }
        let money = { (minor: Int64) in Money(minorUnits: minor, currency: currency).formatted() }
        let footer = ["Count \(session.number) at \(session.locationID) (\(session.scope.rawValue), \(session.status.rawValue)): "
                      + "\(report.counted) counted, \(report.uncounted) not counted, \(report.lines.count) with a variance",
                      "Short \(money(report.shortValue)), over \(money(report.overValue)), net \(money(report.netValue)) at cost"
                      + (report.uncosted == 0 ? "" : "; \(report.uncosted) without a cost")]
        return StockListing(columns: ["product", "name", "expected", "counted", "variance", "value"], rows: rows, footer: footer)
    }

    /// Transfers with where they go, their state and what differed on arrival.
    public static func transfers(_ transfers: [StockTransfer]) -> StockListing {
        StockListing(columns: ["number", "route", "status", "sent_at", "lines", "discrepancies"], rows: transfers.map { transfer in
            let differences = transfer.lines.compactMap(\.discrepancyText)
            return [.text(transfer.number), .text(transfer.route), .text(transfer.status.rawValue), .text(transfer.sentAt),
                    .text("\(transfer.lines.count)"), .text(differences.joined(separator: "; "))]
        })
    }

    /// The store's locations.
    public static func locations(_ locations: [StockLocation]) -> StockListing {
        StockListing(columns: ["id", "name"], rows: locations.map { [.text($0.id), .text($0.name)] })
    }
}
