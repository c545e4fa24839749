import Testing
import TillApp
import TillCore

@Suite struct SaleCommandTests {
    let amounts = AmountParser(currency: Currency(code: "CHF", exponent: 2))

    @Test(arguments: [
        ("4006381333931", SaleCommand.item(code: "4006381333931", quantity: nil)),
        ("3*4006381333931", .item(code: "4006381333931", quantity: .each(3))),
        ("0.532*4131", .item(code: "4131", quantity: .grams(532))),
        ("vd", .voidLine), ("VD", .voidLine),
        ("%10", .discountLine(basisPoints: 1000)), ("%12.5", .discountLine(basisPoints: 1250)),
        ("20CA", .cash(amount: 2000)), ("20.50ca", .cash(amount: 2050)), ("CA", .cash(amount: nil)),
        ("CC", .card(amount: nil)), ("5CC", .card(amount: 500)),
    ])
    func readsTheClassicRegisterGrammar(text: String, command: SaleCommand) throws {
        #expect(try SaleCommand(parsing: text, amounts: amounts) == command)
    }

    @Test func explainsWhatItCannotRead() {
        #expect(throws: SaleCommandError.badQuantity("x")) { try SaleCommand(parsing: "x*123", amounts: amounts) }
        #expect(throws: SaleCommandError.missingCode) { try SaleCommand(parsing: "3*", amounts: amounts) }
        #expect(throws: SaleCommandError.badPercent("200")) { try SaleCommand(parsing: "%200", amounts: amounts) }
        #expect(throws: SaleCommandError.empty) { try SaleCommand(parsing: "  ", amounts: amounts) }
        #expect(SaleCommandError.badAmount("2.555", .unreadable("2.555", reason: "CHF has 2 decimal places")).message
                == "\"2.555\": CHF has 2 decimal places")
    }
}
