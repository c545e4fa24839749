/// A choice asked when an item is rung up ("Milk: oat, soy"), with how many options must and may be picked.
public struct ModifierGroup: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let minChoices: Int
    public let maxChoices: Int
    public let options: [ModifierOption]

    public init(id: String, name: String, minChoices: Int = 0, maxChoices: Int = 1, options: [ModifierOption]) {
        self.id = id
        self.name = name
        self.minChoices = minChoices
        self.maxChoices = maxChoices
        self.options = options
    }
}

/// One option of a modifier group and what it adds to (or takes off) the unit price.
public struct ModifierOption: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let priceDelta: Int64

    public init(id: String, name: String, priceDelta: Int64 = 0) {
        self.id = id
        self.name = name
        self.priceDelta = priceDelta
    }
}
