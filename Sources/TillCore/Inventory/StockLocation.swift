/// A place in a store where stock is kept and counted (the shop floor, the back room), so a level
/// always says where the goods are.
///
/// Ids are short, lower-case and stable (`floor`, `back-room`): they travel in every movement and
/// on the wire, so they never change once goods have moved; the name is what people read.
public struct StockLocation: Hashable, Sendable, Codable {
    public let id: String
    public let name: String

    /// The location every store starts with, where sales take stock from.
    public static let floor = StockLocation(checkedID: "floor", name: "Shop floor")

    public init(id: String, name: String) throws(InventoryError) {
        try Self.check(id: id)
        let name = name.trimmingSpaces
        guard !name.isEmpty else { throw .blankLocationName(id: id) }
        self.init(checkedID: id, name: String(name))
    }

    private init(checkedID: String, name: String) {
        self.id = checkedID
        self.name = name
    }

    /// Refuses an id that could not travel safely: 1 to 32 of a–z, 0–9 and '-', starting with a letter.
    public static func check(id: String) throws(InventoryError) {
        let allowed = id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard (1...32).contains(id.count), allowed, id.unicodeScalars.first.map({ ("a"..."z").contains($0) }) == true else {
            throw .badLocationID(id)
        }
    }
}
