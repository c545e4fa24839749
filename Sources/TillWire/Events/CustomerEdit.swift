/// A customer's profile as a terminal saved it: the whole record, and which fields this save set.
///
/// Customer profiles are the one record several terminals edit, so the hub merges them field by
/// field, the later clock reading winning each field (last writer wins, per field): two lanes
/// changing the phone and the e-mail of one customer at once both keep their change.
public struct CustomerEdit: Codable, Hashable, Sendable {
    /// The record's fields by name (`id`, `name`, `phone`, …), as TillCore's `Customer` encodes them.
    public let customer: [String: JSONValue]
    /// The fields this save set; every field for a new customer.
    public let changed: [String]

    public init(customer: [String: JSONValue], changed: [String]) {
        self.customer = customer
        self.changed = changed
    }

    /// The customer's id, which every edit must carry.
    public var id: String? {
        if case .string(let id)? = customer["id"] { return id }
        return nil
    }
}
