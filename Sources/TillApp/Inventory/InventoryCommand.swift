import Foundation
public import TillCore

/// One line typed on the stock screen's command line, in the sale screen's grammar where it can be.
///
/// `4006381333931` scans a product (one of it); `12*4006381333931` twelve, `-2*code` two taken away
/// (adjustments and counts); `@1.25` sets the selected line's unit cost; `#DN-4711` the delivery
/// note; `>back-room` where a transfer goes; `R T1-4` receives transfer T1-4; `VD` removes the
/// selected line; a word such as `full` answers the screen's question.
public enum InventoryCommand: Hashable, Sendable {
    case item(code: String, quantity: Quantity?)
    case cost(Int64)
    case reference(String)
    case destination(String)
    case receiveTransfer(String)
    case removeLine
    case word(String)

    /// Reads a command; costs use `amounts`' currency; a quantity may be signed where `signed`.
    public init(parsing raw: String, amounts: AmountParser, signed: Bool) throws(InventoryCommandError) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw .empty }
        let upper = text.uppercased()
        if upper == "VD" {
            self = .removeLine
        } else if let rest = Self.after("@", in: text) {
            guard let cost = try? amounts.parse(rest), cost >= 0 else { throw .badCost(rest) }
            self = .cost(cost)
        } else if let rest = Self.after("#", in: text) {
            self = .reference(rest)
        } else if let rest = Self.after(">", in: text) {
            self = .destination(rest.lowercased())
        } else if upper.hasPrefix("R "), let rest = Self.after("R ", in: upper) {
            self = .receiveTransfer(rest)
        } else if let star = text.firstIndex(of: "*") {
            let code = String(text[text.index(after: star)...]).trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty else { throw .missingCode }
            do {
                self = .item(code: code, quantity: try StockQuantity.parse(String(text[..<star]), signed: signed))
            } catch {
                throw .badQuantity(error)
            }
        } else if text.allSatisfy({ $0.isLetter }) {
            self = .word(text)
        } else {
            self = .item(code: text, quantity: nil)
        }
    }

    /// The text after `prefix`, trimmed, when `text` starts with it and something follows.
    private static func after(_ prefix: String, in text: String) -> String? {
        guard text.hasPrefix(prefix) else { return nil }
        let rest = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? nil : rest
    }
}

/// Why a typed stock command was not understood.
public enum InventoryCommandError: Error, Hashable, Sendable {
    case empty
    case missingCode
    case badCost(String)
    case badQuantity(InventoryError)

    public var message: String {
        switch self {
        case .empty: "scan or type a code (12*code for twelve)"
        case .missingCode: "type or scan the code after the *"
        case .badCost(let text): "\"\(text)\" is not a unit cost: type @ and an amount, such as @1.25"
        case .badQuantity(let error): error.description
        }
    }
}
