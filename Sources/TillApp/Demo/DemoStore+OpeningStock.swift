import Foundation
import TillCore
import TillStore

extension DemoStore {
    /// Goods on the shelf before the history starts (a store built with days of sales): one delivery to the shop floor of what the
    /// history sells, so the demo's stock levels read like a shop's instead of running negative.
    /// The café's drinks are made to order and get none. Enough of each for `days` of trade: the
    /// best-sellers sell about 5 a day, the favourite produce about 5 kg.
    static func deliverOpeningStock(_ shelf: DemoShelf, days: Int, to database: AppDatabase, terminalID: String,
                                    at date: Date) throws(DemoError) {
        let goods = shelf.bakery + shelf.scale + shelf.deli + shelf.drinks + shelf.aisles + shelf.restricted
        guard !goods.isEmpty else { return }
        let delivery = try DemoError.checking("the demo's opening stock") { () throws(InventoryError) in
            try Delivery(supplier: "Demo Wholesale", reference: "OPENING", lines: try goods.map { product throws(InventoryError) in
                // Weighed goods come in kilograms, costed per kilogram; the rest by the piece.
                let weighed = product.unit == .kilogram
                let quantity: Quantity = weighed ? .grams(Int64(10 + 7 * days) * 1_000) : .each(Int64(20 + 7 * days))
                return try Delivery.Line(productID: product.id, label: product.name, quantity: quantity,
                                         unitCost: product.price * 6 / 10)
            })
        }
        let context = StockContext(documentID: "demo-opening-stock", eventID: "demo-opening-stock", terminalID: terminalID, at: date)
        _ = try DemoError.storing { () throws(StoreError) in try database.receive(delivery, at: StockLocation.floor.id, context: context) }
    }
}
