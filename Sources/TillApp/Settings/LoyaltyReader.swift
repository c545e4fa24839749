import TillCore
import TOMLKit

/// Reads the inline tables and lists of till.toml's `[loyalty]`: amounts as text in the store's
/// currency, factors as numbers, tiers and promotions as lists of inline tables.
struct LoyaltyReader {
    let table: SettingsTable
    let currency: Currency

    private var document: ConfigDocument { table.document }

    /// An amount written as text ("25.00"), in minor units.
    func amount(_ key: SettingsKey) throws(ConfigProblem) -> Int64? {
        guard let text = try table.string(key) else { return nil }
        do {
            return try AmountParser(currency: currency).parse(text)
        } catch {
            throw document.problem(key.path, "\"\(text)\" is not an amount in \(currency.code), such as \"25.00\"")
        }
    }

    /// Runs a core constructor, turning its refusal into a problem at `key`.
    func checked<T>(_ key: SettingsKey, _ body: () throws(LoyaltyError) -> T) throws(ConfigProblem) -> T {
        do {
            return try body()
        } catch {
            throw document.problem(key.path, error.description)
        }
    }

    func categoryMultipliers() throws(LoyaltyError) -> [String: Multiplier] {
        guard let inline = table.table[SettingsKey.categoryMultipliers.name]?.table else { return [:] }
        var factors: [String: Multiplier] = [:]
        for key in inline.keys {
            factors[key] = try Self.multiplier(inline[key])
        }
        return factors
    }

    func tiers() throws(LoyaltyError) -> [LoyaltyTier] {
        var tiers: [LoyaltyTier] = []
        for entry in entries(.tiers) {
            guard let name = entry["name"]?.string, let points = entry["points"]?.int else {
                throw .badTiers("each tier needs a name and points, such as { name = \"Gold\", points = 2000, multiplier = 1.5 }")
            }
            let multiplier = entry["multiplier"] == nil ? Multiplier.one : try Self.multiplier(entry["multiplier"])
            tiers.append(LoyaltyTier(name: name, threshold: Int64(points), multiplier: multiplier))
        }
        return tiers
    }

    func promotions() throws(LoyaltyError) -> [PointsPromotion] {
        var promotions: [PointsPromotion] = []
        for entry in entries(.pointsPromotions) {
            let name = entry["name"]?.string ?? ""
            var items: ItemSelector?
            if let category = entry["category"]?.string {
                items = .category(category)
            } else if let products = entry["products"]?.array {
                items = .products(Set(products.compactMap { value in value.string.map { ProductID($0) } }))
            }
            var windows: [TimeWindow] = []
            if entry["from"] != nil || entry["to"] != nil || entry["days"] != nil {
                let days = Set((entry["days"]?.array).map { list in list.compactMap { $0.int } } ?? [])
                guard days.allSatisfy((1...7).contains), let from = Self.minutes(entry["from"]?.string ?? "00:00"),
                      let to = Self.minutes(entry["to"]?.string ?? "24:00") else {
                    throw .badPromotion(name: name, reason: "days are 1 (Monday) to 7, from and to are times such as \"07:00\"")
                }
                windows = [TimeWindow(weekdays: days, startMinute: from, endMinute: to)]
            }
            let multiplier = entry["multiplier"] == nil ? Multiplier.one : try Self.multiplier(entry["multiplier"])
            promotions.append(try PointsPromotion(name: name, items: items, multiplier: multiplier, bonus: Int64(entry["bonus"]?.int ?? 0),
                                                  windows: windows))
        }
        return promotions
    }

    /// The inline tables of a list such as `tiers = [{ … }, { … }]`.
    private func entries(_ key: SettingsKey) -> [TOMLTable] {
        guard let list = table.table[key.name]?.array else { return [] }
        return list.compactMap { $0.table }
    }

    /// A factor written as a number (2, 1.25, 0), to a basis point.
    static func multiplier(_ value: (any TOMLValueConvertible)?) throws(LoyaltyError) -> Multiplier {
        let factor: Double? = value?.int.map(Double.init) ?? value?.double
        guard let factor, factor.isFinite, abs(factor) < 1e9 else { throw .notAMultiplier(value.map { "\($0)" } ?? "nothing") }
        let basisPoints = (factor * 10_000).rounded()
        guard abs(basisPoints - factor * 10_000) < 1e-6 else { throw .notAMultiplier("\(factor) (more than 4 decimals)") }
        return try Multiplier(basisPoints: Int64(basisPoints))
    }

    /// "07:30" as minutes after midnight; "24:00" is the end of the day.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]), (0...24).contains(hours), (0..<60).contains(minutes),
              hours * 60 + minutes <= 1_440 else { return nil }
        return hours * 60 + minutes
    }

    /// Minutes after midnight as "07:30".
    static func clock(_ minutes: Int) -> String {
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return two(minutes / 60) + ":" + two(minutes % 60)
    }
}
