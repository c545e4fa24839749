import TillWire

/// How a store prices: its currency and tax classes. The first terminal paired sets it on the hub,
/// and every later terminal must price the same way, or its sales and the hub's catalog would
/// disagree about amounts and taxes.
struct StoreProfile: Equatable, Sendable {
    let currency: String
    /// By code, so two terminals listing the same classes in another order agree.
    let taxClasses: [WireTaxClass]

    init(currency: String, taxClasses: [WireTaxClass]) {
        self.currency = currency
        self.taxClasses = taxClasses.sorted { $0.code < $1.code }
    }

    /// What a terminal whose profile is `terminal` does differently from this store, in words;
    /// empty when it matches (tax class names may differ: only codes and rates price a sale).
    func differences(from terminal: StoreProfile) -> [String] {
        var differences: [String] = []
        if terminal.currency != currency {
            differences.append("its currency is \(terminal.currency), the store's is \(currency)")
        }
        let ours = Dictionary(uniqueKeysWithValues: taxClasses.map { ($0.code, $0) })
        let theirs = Dictionary(uniqueKeysWithValues: terminal.taxClasses.map { ($0.code, $0) })
        for taxClass in taxClasses {
            guard let their = theirs[taxClass.code] else {
                differences.append("it has no tax class \(taxClass.code)")
                continue
            }
            if their.rateMillionths != taxClass.rateMillionths {
                differences.append("its tax class \(taxClass.code) is \(Self.percent(their.rateMillionths)), "
                    + "the store's is \(Self.percent(taxClass.rateMillionths))")
            }
        }
        for taxClass in terminal.taxClasses where ours[taxClass.code] == nil {
            differences.append("its tax class \(taxClass.code) is not one of the store's")
        }
        return differences
    }

    /// "8.1%" for 81 000 millionths.
    static func percent(_ millionths: Int64) -> String {
        let whole = millionths / 10_000
        var fraction = String(millionths % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)%" : "\(whole).\(fraction)%"
    }
}
