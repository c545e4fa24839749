public import TillCore

/// A question the sale screen asks before it goes on: about an item being rung up, or a value for a command key.
public enum SalePrompt: Hashable, Sendable {
    /// The item has a minimum age: the cashier confirms they checked.
    case ageCheck(ResolvedItem, multiplier: Int64, modifiers: [String: [String]])
    /// A weighed item with no weight in its code: the cashier keys the weight in kg.
    case weight(ResolvedItem)
    /// The item has modifier groups: the cashier picks options group by group.
    case modifiers(ModifierPick)
    /// A new quantity for the selected line.
    case lineQuantity
    /// A new unit price for the selected line (a price override).
    case linePrice
    /// A percentage off the whole sale.
    case saleDiscount
    /// What to call a parked sale, to find it again.
    case suspendLabel
    /// A customer's phone or loyalty card number.
    case customer
    /// The code of the gift card to load `amount` onto: scanned, typed, or none for a new one.
    case giftCardCode(amount: Int64)
    /// A restaurant check's question: seat, course, what to fire, how to split, where to move.
    case check(CheckQuestion)

    /// Whether the cashier answers by typing into the command line (rather than confirming or picking).
    var takesText: Bool {
        switch self {
        case .ageCheck, .modifiers: false
        case .weight, .lineQuantity, .linePrice, .saleDiscount, .suspendLabel, .customer, .giftCardCode, .check: true
        }
    }

    /// The text before the command line while the prompt is open.
    var label: String {
        switch self {
        case .ageCheck(let item, _, _): "\(item.product.name): customer \(item.product.minimumAge ?? 0)+? Enter = yes, Esc = no › "
        case .weight(let item): "Weight of \(item.product.name) in kg › "
        case .modifiers(let pick): "\(pick.item.product.name): \(pick.group.name) — number keys choose, Enter next, Esc cancel › "
        case .lineQuantity: "New quantity for the line › "
        case .linePrice: "New unit price for the line › "
        case .saleDiscount: "% off the whole sale › "
        case .suspendLabel: "Park the sale as (name, table, note; Enter for none) › "
        case .customer: "Customer phone or card › "
        case .giftCardCode: "Gift card code (scan; Enter for a new one) › "
        case .check(let question): question.label
        }
    }
}

/// Options being chosen for an item with modifier groups ("Size: regular", "Milk: oat"), one group at a time.
public struct ModifierPick: Hashable, Sendable {
    public let item: ResolvedItem
    public let multiplier: Int64
    /// The group being answered, as an index into the product's groups.
    public private(set) var groupIndex = 0
    /// Option ids chosen so far, by group id.
    public private(set) var chosen: [String: [String]] = [:]

    public init(item: ResolvedItem, multiplier: Int64) {
        self.item = item
        self.multiplier = multiplier
    }

    public var group: ModifierGroup { item.product.modifierGroups[groupIndex] }

    /// The options chosen in the current group.
    public var chosenHere: [String] { chosen[group.id] ?? [] }

    /// Picks or unpicks the `number`th option (1-based) of the current group; a one-choice group swaps
    /// its choice. Returns an error message when the number is not an option or the group is full.
    public mutating func toggle(_ number: Int) -> String? {
        guard group.options.indices.contains(number - 1) else { return "\(group.name) has options 1 to \(group.options.count)" }
        let option = group.options[number - 1].id
        var picked = chosenHere
        if let index = picked.firstIndex(of: option) {
            picked.remove(at: index)
        } else if group.maxChoices == 1 {
            picked = [option]
        } else {
            guard picked.count < group.maxChoices else { return "\(group.name): choose at most \(group.maxChoices)" }
            picked.append(option)
        }
        chosen[group.id] = picked
        return nil
    }

    /// Moves past the current group once it has enough choices; true when every group is answered.
    public mutating func next() throws(CartError) -> Bool {
        guard chosenHere.count >= group.minChoices else {
            throw .modifierChoice(item.product.name, group: group.name, reason: "choose at least \(group.minChoices)")
        }
        guard groupIndex + 1 < item.product.modifierGroups.count else { return true }
        groupIndex += 1
        return false
    }

    /// Whether a one-choice group that must be answered is complete after a pick, so Enter is not needed.
    public var answersItself: Bool { group.maxChoices == 1 && group.minChoices == 1 && chosenHere.count == 1 }
}
