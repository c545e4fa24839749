import TillWire

/// Wire messages as a terminal would send them, built with only what a test cares about.
enum Wire {
    static let taxClasses = [
        WireTaxClass(code: "standard", name: "Standard", rateMillionths: 81_000),
        WireTaxClass(code: "reduced", name: "Reduced", rateMillionths: 26_000),
    ]

    static func event(_ seq: Int64, id: String, kind: String, payload: String, hlc: Int64 = 0) -> WireEvent {
        WireEvent(seq: seq, id: id, kind: kind, createdAt: "2026-03-02T09:00:00.000Z", hlc: hlc, payload: payload)
    }

    /// A sale whose payload carries stock and loyalty effects.
    static func sale(_ seq: Int64, id: String, stock: [StockDelta] = [], loyalty: [LoyaltyDelta] = []) throws -> WireEvent {
        let payload = try WireJSON.encode(SalePayload(total: 450, effects: EventEffects(stock: stock, loyalty: loyalty)))
        return event(seq, id: id, kind: "sale", payload: payload)
    }

    /// Shift events carry no effects: the hub only logs them.
    static func shiftOpen(_ seq: Int64, id: String) -> WireEvent {
        event(seq, id: id, kind: "shift-open", payload: #"{"float":10000}"#)
    }

    /// A customer save setting `changed` of `customer`'s fields at clock reading `hlc`.
    static func customer(_ seq: Int64, id: String, hlc: Int64, customer: [String: JSONValue], changed: [String]) throws -> WireEvent {
        event(seq, id: id, kind: "customer", payload: try WireJSON.encode(CustomerEdit(customer: customer, changed: changed)), hlc: hlc)
    }

    private struct SalePayload: Encodable {
        let total: Int64
        let effects: EventEffects
    }
}

extension WireEvent {
    /// The same event under another sequence number and id.
    func withSeq(_ seq: Int64, id: String) -> WireEvent {
        WireEvent(seq: seq, id: id, kind: kind, createdAt: createdAt, hlc: hlc, payload: payload)
    }
}
