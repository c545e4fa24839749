import TillCore
import TOMLKit

extension TerminalSettingsFile {
    /// The `[loyalty]` table: every rule checked by the core's own types, so a wrong one stops the
    /// till at its line, in the words the cashier would otherwise have met at the counter.
    static func readLoyalty(_ table: SettingsTable, currency: Currency) throws(ConfigProblem) -> LoyaltySettings {
        try table.rejectUnknownKeys(SettingsKey.names(in: "loyalty"))
        let reader = LoyaltyReader(table: table, currency: currency)
        let standard = LoyaltySettings.standard(for: currency)
        let earnPoints = try table.int(.earnPoints).map(Int64.init) ?? standard.program.earn.points
        let earnPer = try reader.amount(.earnPer) ?? standard.program.earn.amount
        let redeemPoints = try table.int(.redeemPoints).map(Int64.init) ?? standard.program.redeem?.points ?? 0
        let redeemValue = try reader.amount(.redeemValue) ?? standard.program.redeem?.amount ?? currency.minorPerMajor
        let factors = try reader.checked(.categoryMultipliers) { () throws(LoyaltyError) in try reader.categoryMultipliers() }
        let promotions = try reader.checked(.pointsPromotions) { () throws(LoyaltyError) in try reader.promotions() }
        let tiers = try reader.checked(.tiers) { () throws(LoyaltyError) in try reader.tiers() }
        let earn = try reader.checked(.earnPoints) { () throws(LoyaltyError) in try PointsExchange(points: earnPoints, amount: earnPer) }
        let redeem = try reader.checked(.redeemPoints) { () throws(LoyaltyError) in
            redeemPoints == 0 ? nil : try PointsExchange(points: redeemPoints, amount: redeemValue)
        }
        // The exchanges, factors and promotions are checked by now: only the tiers' order can fail.
        let program = try reader.checked(.tiers) { () throws(LoyaltyError) in
            try LoyaltyProgram(earn: earn, categoryMultipliers: factors, promotions: promotions, tiers: tiers, redeem: redeem)
        }
        let perSale = try reader.amount(.offlinePerSale) ?? standard.allowance.perSale
        let perDay = try reader.amount(.offlinePerDay) ?? standard.allowance.perDay
        let total = try reader.amount(.offlineTotal) ?? standard.allowance.total
        let allowance: RedemptionAllowance
        do throws(LoyaltyError) {
            allowance = try RedemptionAllowance(perSale: perSale, perDay: perDay, total: total)
        } catch {
            let key: SettingsKey = switch error {
            case .negativeAllowance(.perDay): .offlinePerDay
            case .negativeAllowance(.total): .offlineTotal
            default: .offlinePerSale
            }
            throw table.document.problem(key.path, error.description)
        }
        return LoyaltySettings(program: program, allowance: allowance)
    }

    /// The `[loyalty]` table written out under its comments.
    static func renderLoyalty(_ loyalty: LoyaltySettings, currency: Currency) -> [String] {
        let program = loyalty.program
        let money = { (minorUnits: Int64) in Money.format(minorUnits, exponent: currency.exponent).quotedLiteral }
        var lines = ["", "# Loyalty: the same on every terminal of the shop, except the offline allowance, which is this lane's.",
                     "[loyalty]"]
        lines += entry(.earnPoints, String(program.earn.points), "Points a customer earns for every earn-per spent (after discounts).")
        lines += entry(.earnPer, money(program.earn.amount), "The spend that earns earn-points, such as \"1.00\".")
        lines += entry(.redeemPoints, String(program.redeem?.points ?? 0), "Points that pay redeem-value at the till; 0: points cannot pay.")
        lines += entry(.redeemValue, money(program.redeem?.amount ?? currency.minorPerMajor), "What redeem-points pay, such as \"1.00\".")
        let categories = program.categoryMultipliers.sorted { $0.key < $1.key }
            .map { "\(ConfigDocument.render([$0.key])) = \(Multiplier.text($0.value.basisPoints))" }
        lines += entry(.categoryMultipliers, "{" + (categories.isEmpty ? "" : " " + categories.joined(separator: ", ") + " ") + "}",
                       "Factors by category id: { coffee = 2, tobacco = 0 } earns double on coffee, nothing on tobacco.")
        let tiers = program.tiers.map {
            "{ name = \($0.name.quotedLiteral), points = \($0.threshold), multiplier = \(Multiplier.text($0.multiplier.basisPoints)) }"
        }
        lines += entry(.tiers, "[" + tiers.joined(separator: ", ") + "]",
                       "Tiers by points earned in all: [{ name = \"Gold\", points = 2000, multiplier = 1.5 }].")
        lines += entry(.pointsPromotions, "[" + program.promotions.map(render).joined(separator: ", ") + "]",
                       "Points promotions: [{ name = \"Coffee mornings\", category = \"coffee\", multiplier = 2, bonus = 0, "
                           + "days = [1, 2, 3, 4, 5], from = \"07:00\", to = \"11:00\" }]; category or products, days and hours are optional.")
        lines += entry(.offlinePerSale, money(loyalty.allowance.perSale),
                       "Offline (hub not answering), the most vouchers and points may pay of one sale.")
        lines += entry(.offlinePerDay, money(loyalty.allowance.perDay), "Offline, the most this till redeems in a business day.")
        lines += entry(.offlineTotal, money(loyalty.allowance.total),
                       "Offline, the most redeemed before the hub has it: the store loses at most this per lane.")
        return lines
    }

    private static func render(_ promotion: PointsPromotion) -> String {
        var fields = ["name = \(promotion.name.quotedLiteral)"]
        switch promotion.items {
        case .category(let id)?: fields.append("category = \(id.quotedLiteral)")
        case .products(let ids)?: fields.append("products = " + stringList(ids.map(\.rawValue).sorted()))
        case nil: break
        }
        fields.append("multiplier = \(Multiplier.text(promotion.multiplier.basisPoints))")
        fields.append("bonus = \(promotion.bonus)")
        if let window = promotion.windows.first {
            fields.append("days = [" + window.weekdays.sorted().map(String.init).joined(separator: ", ") + "]")
            fields.append("from = \(LoyaltyReader.clock(window.startMinute).quotedLiteral)")
            fields.append("to = \(LoyaltyReader.clock(window.endMinute).quotedLiteral)")
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }
}
