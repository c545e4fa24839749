import TillWire

/// A customer profile as the hub merges it (sync.md 2.1 class C): the fields by name and, for each
/// field an edit set, the stamp of that edit, so every field keeps the last writer's value
/// independently of the others.
struct CustomerRecord: Equatable, Sendable {
    private(set) var fields: [String: JSONValue]
    private(set) var stamps: [String: FieldStamp]

    init(fields: [String: JSONValue] = [:], stamps: [String: FieldStamp] = [:]) {
        self.fields = fields
        self.stamps = stamps
    }

    /// Takes each field the edit changed when its stamp comes after the stamp of the field's last
    /// writer; fields the hub has never had a value for are filled from the edit's record, which
    /// makes a new customer whole. A changed field missing from the record was cleared.
    mutating func merge(_ edit: CustomerEdit, stamp: FieldStamp) {
        for (field, value) in edit.customer where fields[field] == nil {
            fields[field] = value
        }
        for field in Set(edit.changed) where field != "id" {
            if let last = stamps[field], stamp <= last { continue }
            fields[field] = edit.customer[field] ?? .null
            stamps[field] = stamp
        }
    }
}

/// Who set a field, in the order last-writer-wins compares them: the edit's effective clock
/// reading (see `ClockDrift`), then the terminal id, so two edits in the same instant still have a
/// winner every replica agrees on.
struct FieldStamp: Codable, Comparable, Hashable, Sendable {
    let hlc: Int64
    let terminal: String

    static func < (a: FieldStamp, b: FieldStamp) -> Bool {
        (a.hlc, a.terminal) < (b.hlc, b.terminal)
    }
}
