/// A named tax a product can carry ("standard" 8.1 %, "reduced" 2.6 %, "city" 4.5 %).
public struct TaxClass: Hashable, Codable, Sendable, Identifiable {
    public let code: String
    public let name: String
    public let rate: TaxRate
    public var id: String { code }

    public init(code: String, name: String? = nil, rate: TaxRate) {
        self.code = code
        self.name = name ?? code
        self.rate = rate
    }
}

/// Whether shelf prices include tax (Europe) or tax is added at the till (North America).
public enum TaxMode: String, Codable, Sendable, CaseIterable {
    case inclusive
    case exclusive
}

/// Where tax is rounded: on each line, or once per tax rate over the whole sale.
public enum TaxRounding: String, Codable, Sendable, CaseIterable {
    case perLine = "per-line"
    case perTotal = "per-total"
}

/// The store's one tax and rounding policy, shared by cart, receipt and reports so they never disagree.
public struct TaxPolicy: Hashable, Codable, Sendable {
    public var mode: TaxMode
    public var rounding: TaxRounding
    public var roundingMode: RoundingMode

    public init(mode: TaxMode, rounding: TaxRounding = .perLine, roundingMode: RoundingMode = .halfUp) {
        self.mode = mode
        self.rounding = rounding
        self.roundingMode = roundingMode
    }
}

/// Why a tax setting or lookup was refused.
public enum TaxError: Error, Equatable, Sendable {
    case badRate(String)
    case unknownClass(String)
    case duplicateClass(String)
    case money(MoneyError)
}

/// The tax classes a store has, looked up by code.
public struct TaxTable: Hashable, Codable, Sendable {
    public let classes: [String: TaxClass]

    public init(_ classes: [TaxClass]) throws(TaxError) {
        var byCode: [String: TaxClass] = [:]
        for taxClass in classes {
            guard byCode[taxClass.code] == nil else { throw .duplicateClass(taxClass.code) }
            byCode[taxClass.code] = taxClass
        }
        self.classes = byCode
    }

    public func rate(_ code: String) throws(TaxError) -> TaxRate {
        guard let taxClass = classes[code] else { throw .unknownClass(code) }
        return taxClass.rate
    }
}
