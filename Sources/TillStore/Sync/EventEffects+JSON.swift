import TillCore
import TillWire

extension EventEffects {
    /// The effects as `WireJSON.encode` writes them, byte for byte, but written by hand: every sale
    /// commit writes one, and `JSONEncoder` took about 40 % of the commit's own time.
    var json: String {
        var text = "{\"loyalty\":["
        for (index, delta) in loyalty.enumerated() {
            if index > 0 { text += "," }
            text += "{\"customer\":" + delta.customer.wireLiteral
            if let earned = delta.earned { text += ",\"earned\":\(earned)" }
            text += ",\"points\":\(delta.points)}"
        }
        text += "],\"stock\":["
        for (index, delta) in stock.enumerated() {
            if index > 0 { text += "," }
            text += "{\"location\":" + delta.location.wireLiteral + ",\"product\":" + delta.product.wireLiteral
                + ",\"quantity\":\(delta.quantity)}"
        }
        text += "]"
        if !vouchers.isEmpty {
            text += ",\"vouchers\":["
            for (index, delta) in vouchers.enumerated() {
                if index > 0 { text += "," }
                text += "{\"amount\":\(delta.amount),\"code\":" + delta.code.wireLiteral + "}"
            }
            text += "]"
        }
        return text + "}"
    }
}
