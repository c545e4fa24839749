import TillWire

/// The changes one transaction appends to its store's feed: one per record however often the
/// transaction touched it, carrying the record's final state, in the order records were first
/// touched. A push of 500 sales of one product so costs terminals one stock change, not 500.
struct PendingChanges {
    struct Entry {
        let entity: ChangeEntity
        let key: String
        var data: String
    }

    private(set) var entries: [Entry] = []
    private var positions: [Slot: Int] = [:]

    /// A record's place in the feed: stock levels are per product and location, but keyed by product.
    private struct Slot: Hashable {
        let entity: ChangeEntity
        let key: String
        let variant: String
    }

    /// Records `data` as the record's state, replacing what this transaction recorded for it before.
    mutating func set(_ entity: ChangeEntity, key: String, variant: String = "", data: String) {
        let slot = Slot(entity: entity, key: key, variant: variant)
        if let position = positions[slot] {
            entries[position].data = data
        } else {
            positions[slot] = entries.count
            entries.append(Entry(entity: entity, key: key, data: data))
        }
    }
}
