import TillCore
import TillWire

extension CustomerEdit {
    /// The outbox payload of a save of `customer` over what was stored: every field of the record, and
    /// the ones that differ (all of them for a new customer). A field cleared by the save is sent as
    /// null, so the hub clears it too.
    init(_ customer: Customer, over previous: Customer?) throws {
        let fields = try Self.fields(of: customer)
        let before = try previous.map(Self.fields) ?? [:]
        let names = Set(fields.keys).union(before.keys)
        let changed = names.filter { fields[$0] != before[$0] }.sorted()
        var record = fields
        for name in changed where record[name] == nil { record[name] = .null }
        self.init(customer: record, changed: changed)
    }

    /// A customer's fields as TillCore's `Customer` encodes them.
    private static func fields(of customer: Customer) throws -> [String: JSONValue] {
        try WireJSON.decode([String: JSONValue].self, from: try WireJSON.encode(customer))
    }
}
