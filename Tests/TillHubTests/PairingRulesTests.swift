import Testing
@testable import TillHub
import TillWire

@Suite struct PairingRulesTests {
    @Test func tokensAreLongRandomAndStoredAsHashes() {
        let token = Secret.token()
        #expect(token.count == 43)
        #expect(token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
        #expect(Secret.token() != token)
        #expect(Secret.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test(arguments: [(81_000, "8.1%"), (0, "0%"), (88_750, "8.875%"), (1_000_000, "100%"), (123, "0.0123%")])
    func ratesArePrintedAsPercent(millionths: Int64, text: String) {
        #expect(StoreProfile.percent(millionths) == text)
    }

    @Test func theOrderOfTaxClassesAndTheirNamesDoNotMatter() {
        let store = StoreProfile(currency: "CHF", taxClasses: Wire.taxClasses)
        let renamed = Wire.taxClasses.reversed().map { WireTaxClass(code: $0.code, name: $0.name.uppercased(), rateMillionths: $0.rateMillionths) }
        #expect(store.differences(from: StoreProfile(currency: "CHF", taxClasses: renamed)).isEmpty)
    }

    @Test(arguments: [
        (PairRequest(code: "X", terminalID: "", currency: "CHF", taxClasses: []), "terminalID \"\" is empty or has spaces: set terminal-id in till.toml"),
        (PairRequest(code: "X", terminalID: "t1", currency: "chf", taxClasses: []), "currency \"chf\" is not an ISO 4217 code such as EUR or CHF"),
        (PairRequest(code: "X", terminalID: "t1", currency: "CHF", taxClasses: Wire.taxClasses + Wire.taxClasses.prefix(1)),
         "tax class standard is listed twice"),
        (PairRequest(code: "X", terminalID: "t1", currency: "CHF", taxClasses: [WireTaxClass(code: "x", name: "X", rateMillionths: -1)]),
         "tax class x has rate -1 millionths, outside 0 to 1000000 (0 % to 100 %)"),
    ])
    func aRequestNoStoreCouldAcceptIsMalformed(request: PairRequest, message: String) {
        #expect(throws: HubError.malformed(message)) { try request.check() }
    }
}
