public import TillCore

/// One line typed on the sale screen's command line, in the grammar of classic keyboard registers.
///
/// `4006381333931` rings up a code; `3*4006381333931` three of it, `0.532*4131` 0.532 kg of a weighed PLU; `VD` voids the selected line;
/// `%10` takes 10 % off it; `20CA` takes 20.00 cash, `CA` the exact cash due; `CC` pays the rest by card,
/// `5CC` 5.00 of it; `50GC` loads 50.00 onto a gift card (its code is asked next); `5TP` adds a 5.00 tip. The line quantity, price override and sale discount are typed after their keys.
public enum SaleCommand: Hashable, Sendable {
    case item(code: String, quantity: Quantity?)
    case voidLine
    case discountLine(basisPoints: Int64)
    case cash(amount: Int64?)
    case card(amount: Int64?)
    case setQuantity(Quantity)
    case overridePrice(Int64)
    case discountSale(basisPoints: Int64)
    case giftCard(amount: Int64)
    /// A tip for `serverID` (nil: the check's server, else the cashier).
    case tip(amount: Int64, serverID: String?)

    /// Reads a command; amounts use `parser`'s currency and decimal convention.
    public init(parsing raw: String, amounts parser: AmountParser) throws(SaleCommandError) {
        let text = String(raw.trimmingCharacters(in: " \t"))
        let upper = text.uppercased()
        guard !text.isEmpty else { throw .empty }
        switch upper {
        case "VD": self = .voidLine; return
        case "CC": self = .card(amount: nil); return
        case "CA": self = .cash(amount: nil); return
        case "GC": throw .missingGiftCardAmount
        default: break
        }
        if upper.hasPrefix("%") {
            self = .discountLine(basisPoints: try Self.percent(String(text.dropFirst())))
        } else if upper.hasSuffix("CA") || upper.hasSuffix("CC") || upper.hasSuffix("GC") || upper.hasSuffix("TP") {
            let amount = String(text.dropLast(2))
            let minor: Int64
            do { minor = try parser.parse(amount) } catch { throw .badAmount(amount, error) }
            switch upper.suffix(2) {
            case "CA": self = .cash(amount: minor)
            case "CC": self = .card(amount: minor)
            case "TP": self = .tip(amount: minor, serverID: nil)
            default: self = .giftCard(amount: minor)
            }
        } else if let star = text.firstIndex(of: "*") {
            let quantity = try Self.quantity(String(text[..<star]))
            let code = String(text[text.index(after: star)...])
            guard !code.isEmpty else { throw .missingCode }
            self = .item(code: code, quantity: quantity)
        } else {
            self = .item(code: text, quantity: nil)
        }
    }
}

extension SaleCommand {
    /// Reads a percentage from 0.01 to 100 as basis points ("12.5" is 1250).
    static func percent(_ text: String) throws(SaleCommandError) -> Int64 {
        guard let percent = try? AmountParser(currency: Currency(code: "%", exponent: 2)).parse(text),
              percent > 0, percent <= 10_000 else { throw .badPercent(text) }
        return percent
    }

    /// Reads a quantity: whole items up to 9999, or a weight in kg with up to 3 decimals.
    static func quantity(_ text: String) throws(SaleCommandError) -> Quantity {
        let thousandths = try? AmountParser(currency: Currency(code: "qty", exponent: 3)).parse(text)
        guard let thousandths, thousandths > 0, thousandths <= 9_999_000 else { throw .badQuantity(text) }
        return Quantity(thousandths: thousandths)
    }
}

/// Why a typed command was not understood.
public enum SaleCommandError: Error, Equatable, Sendable {
    case empty
    case badQuantity(String)
    case missingCode
    case badPercent(String)
    case badAmount(String, MoneyError)
    case missingGiftCardAmount

    public var message: String {
        switch self {
        case .empty: "type a code, or a command such as 3*code, VD, %10, 20CA, CC, 50GC"
        case .badQuantity(let text): "\"\(text)\" is not a quantity: use 1 to 9999 (or a weight such as 0.532) before the *"
        case .missingCode: "type or scan the code after the *"
        case .badPercent(let text): "\"\(text)\" is not a percentage from 0.01 to 100"
        case .badAmount(let text, let error):
            if case .unreadable(_, let reason) = error { "\"\(text)\": \(reason)" } else { "\"\(text)\" is not an amount" }
        case .missingGiftCardAmount: "type the amount to load before GC, such as 50GC"
        }
    }
}

extension SaleCommand {
    /// The command line grammar, one example a line, for the help overlay (the README shows the same).
    public static let grammar = [
        "4006381333931  ring up a barcode, PLU or SKU     3*code  three of it",
        "0.532*4131     0.532 kg of a weighed PLU         VD      void the line",
        "%10            10 % off the line                 CA      exact cash",
        "20CA           20.00 cash                        CC      card for the rest",
        "5CC            5.00 by card, the rest otherwise  F5/F6   line quantity/price",
        "50GC           load 50.00 onto a gift card, then scan it (Enter: a new code)",
        "5TP            a 5.00 tip for the server, paid with the sale",
    ]
}
