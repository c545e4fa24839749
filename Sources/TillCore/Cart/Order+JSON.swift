extension Order {
    /// The order as `JSONEncoder` with `.sortedKeys` encodes it (see `Order+Codable`), byte for byte, at a
    /// fraction of the cost: it is written inside the sale commit. `Codable` still reads it back.
    public func jsonDocument() -> String {
        JSONWriter.document(self, capacity: 512 + 512 * cart.lines.count)
    }
}

// What follows mirrors the `Encodable` conformances, members in sorted order.

extension Order: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("cart", cart)
            json.member("id", id)
            json.member("payment", payment)
            json.key("prices")
            writePrices(to: &json)
            json.member("staffID", staffID)
            json.member("training", training)
        }
    }

    /// `Order+Codable`'s `StoredPrices`: each priced line's amounts under its line id, not the line again.
    private func writePrices(to json: inout JSONWriter) {
        json.object { json in
            json.key("lines")
            json.array(priced.lines) { json, line in
                json.object { json in
                    json.member("gross", line.gross)
                    json.member("id", line.line.id)
                    json.member("lineDiscount", line.lineDiscount)
                    json.member("net", line.net)
                    json.member("orderDiscount", line.orderDiscount)
                    json.member("promotionDiscount", line.promotionDiscount)
                    json.member("tax", line.tax)
                    json.member("total", line.total)
                }
            }
            json.member("mode", priced.mode)
            json.member("orderDiscount", priced.orderDiscount)
            json.member("promotions", priced.promotions)
            json.member("taxExempt", priced.taxExempt)
            json.member("taxLines", priced.taxLines)
        }
    }
}

extension PaymentSummary: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("change", change)
            json.member("paid", paid)
            json.member("remaining", remaining)
            json.member("rounding", rounding)
            json.member("total", total)
        }
    }
}

extension AppliedPromotion: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("discount", discount)
            json.member("name", name)
            json.member("promotionID", promotionID)
        }
    }
}

extension TaxLine: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { json in
            json.member("base", base)
            json.member("code", code)
            json.member("rate", rate)
            json.member("tax", tax)
        }
    }
}

extension TaxRate: JSONWritable {
    func write(to json: inout JSONWriter) {
        json.object { $0.member("millionths", millionths) }
    }
}

extension TaxMode: JSONWritable {}
