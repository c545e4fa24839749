import Foundation
public import TermUI
public import TillCore

/// A drawer count typed denomination by denomination: the selected row takes the typed quantity.
public struct CashCountForm: Hashable, Sendable {
    public let denominations: DenominationSet
    public private(set) var quantities: [Int]
    public var rows = TableState(selected: 0)
    public var input = TextInput(placeholder: "how many? Enter", maxLength: 6)

    public init(denominations: DenominationSet) {
        self.denominations = denominations
        quantities = Array(repeating: 0, count: denominations.denominations.count)
    }

    /// The selected denomination.
    public var selected: Denomination? {
        rows.selected.flatMap { denominations.denominations.indices.contains($0) ? denominations.denominations[$0] : nil }
    }

    /// Sets the selected row from the typed text and moves to the next row.
    public mutating func enter() throws(ShiftError) {
        let text = input.text.trimmingCharacters(in: .whitespaces)
        guard let index = rows.selected else { return }
        if !text.isEmpty {
            guard let quantity = Int(text), quantity >= 0 else { throw .negativeCount(label: denominations.denominations[index].label) }
            quantities[index] = quantity
        }
        input.clear()
        rows.move(by: 1, rowCount: quantities.count)
    }

    /// The count as the core checks it.
    public func count() throws(ShiftError) -> CashCount {
        var byDenomination: [Denomination: Int] = [:]
        for (denomination, quantity) in zip(denominations.denominations, quantities) where quantity > 0 {
            byDenomination[denomination] = quantity
        }
        return try CashCount(denominations, quantities: byDenomination)
    }

    /// The running total shown under the rows.
    public var total: Int64 {
        zip(denominations.denominations, quantities).reduce(0) { $0 + $1.0.minorUnits * Int64($1.1) }
    }
}
