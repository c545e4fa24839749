import TillWire

extension PairRequest {
    /// Refuses a request no store could accept, before a pairing code is looked at.
    func check() throws(HubError) {
        try WireVersion.check(version)
        guard !terminalID.isEmpty, !terminalID.contains(where: \.isWhitespace) else {
            throw .malformed("terminalID \"\(terminalID)\" is empty or has spaces: set terminal-id in till.toml")
        }
        guard currency.count == 3, currency.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
            throw .malformed("currency \"\(currency)\" is not an ISO 4217 code such as EUR or CHF")
        }
        var codes = Set<String>()
        for taxClass in taxClasses {
            guard codes.insert(taxClass.code).inserted else {
                throw .malformed("tax class \(taxClass.code) is listed twice")
            }
            guard (0...1_000_000).contains(taxClass.rateMillionths) else {
                throw .malformed("tax class \(taxClass.code) has rate \(taxClass.rateMillionths) millionths, "
                    + "outside 0 to 1000000 (0 % to 100 %)")
            }
        }
    }

    /// How this terminal prices, to compare with its store.
    var profile: StoreProfile {
        StoreProfile(currency: currency, taxClasses: taxClasses)
    }
}
