import Foundation
import Testing
import TillCore
@testable import TillApp

/// till.toml's `[loyalty]`: the program and the offline allowance, read, written back and checked.
@Suite struct LoyaltySettingsTests {
    static let chf = Currency(code: "CHF", exponent: 2)

    static func parse(_ lines: [String]) throws -> TerminalSettings {
        let text = (["version = 1", "[store]", "name = \"Kiosk\"", "currency = \"CHF\"", "[loyalty]"] + lines).joined(separator: "\n")
        return try TerminalSettingsFile.parse(text, file: "till.toml")
    }

    @Test func withoutTheTableAStoreGetsTheStandardProgram() throws {
        let settings = try Self.parse([])
        #expect(settings.loyalty == .standard(for: Self.chf))
        #expect(settings.loyalty.allowance == (try RedemptionAllowance(perSale: 2_500, perDay: 10_000, total: 20_000)))
    }

    @Test func everyRuleIsReadAndSurvivesARoundTrip() throws {
        // Given a program with every rule
        let settings = try Self.parse([
            "earn-points = 10", "earn-per = \"1.00\"", "redeem-points = 200", "redeem-value = \"1.00\"",
            "category-multipliers = { coffee = 2, tobacco = 0, \"fresh produce\" = 1.5 }",
            "tiers = [{ name = \"Gold\", points = 5000, multiplier = 1.5 }, { name = \"Silver\", points = 1000, multiplier = 1.25 }]",
            "promotions = [{ name = \"Coffee mornings\", category = \"coffee\", multiplier = 2, days = [1, 2, 3, 4, 5], "
                + "from = \"07:00\", to = \"11:00\" },"
                + " { name = \"Welcome\", products = [\"starter-kit\"], bonus = 50 }]",
            "offline-per-sale = \"30\"", "offline-per-day = \"150.50\"", "offline-total = \"300\"",
        ])
        // Then the program is as written
        let program = settings.loyalty.program
        #expect(program.earn == (try PointsExchange(points: 10, amount: 100)))
        #expect(program.redeem == (try PointsExchange(points: 200, amount: 100)))
        #expect(program.categoryMultipliers.mapValues(\.basisPoints) == ["coffee": 20_000, "tobacco": 0, "fresh produce": 15_000])
        #expect(program.tiers.map(\.name) == ["Silver", "Gold"])
        #expect(program.promotions.map(\.name) == ["Coffee mornings", "Welcome"])
        #expect(program.promotions[0].windows == [TimeWindow(weekdays: [1, 2, 3, 4, 5], from: (7, 0), to: (11, 0))])
        #expect(program.promotions[1].items == .products([ProductID("starter-kit")]))
        #expect(settings.loyalty.allowance == (try RedemptionAllowance(perSale: 3_000, perDay: 15_050, total: 30_000)))
        // And writing the file out and reading it back gives the same
        let text = TerminalSettingsFile.render(settings)
        #expect(try TerminalSettingsFile.parse(text, file: "till.toml") == settings)
        #expect(text.contains("\n[loyalty]\n"))
    }

    @Test func pointsThatCannotPayAreWrittenAsZero() throws {
        let settings = try Self.parse(["redeem-points = 0"])
        #expect(settings.loyalty.program.redeem == nil)
        #expect(try TerminalSettingsFile.parse(TerminalSettingsFile.render(settings), file: "till.toml") == settings)
    }

    static let mistakes: [(String, Int, String, String)] = [
        ("earn-per = \"one\"", 6, "loyalty.earn-per", "\"one\" is not an amount in CHF, such as \"25.00\""),
        ("earn-points = 0", 6, "loyalty.earn-points",
         "Points and their amount must both be above zero (0 points for 100 minor units given)."),
        ("category-multipliers = { coffee = -1 }", 6, "loyalty.category-multipliers", "A multiplier must be from 0 to 100 (-1 given)."),
        ("category-multipliers = { coffee = \"x\" }", 6, "loyalty.category-multipliers",
         "\"x\" is not a multiplier: write a number such as 2 or 1.25."),
        ("tiers = [{ name = \"A\", points = 5 }, { name = \"B\", points = 5 }]", 6, "loyalty.tiers", "Tiers: A and B both start at 5 points."),
        ("promotions = [{ name = \"Nothing\" }]", 6, "loyalty.promotions",
         "Points promotion \"Nothing\": give it a multiplier other than 1 or a bonus."),
        ("promotions = [{ name = \"Late\", bonus = 5, from = \"25:00\" }]", 6, "loyalty.promotions",
         "Points promotion \"Late\": days are 1 (Monday) to 7, from and to are times such as \"07:00\"."),
        ("offline-total = \"-5\"", 6, "loyalty.offline-total",
         "The offline allowance until the hub has the redemptions made offline cannot be below zero: 0 refuses redemptions while "
            + "the hub is away."),
        ("points = 5", 6, "loyalty.points", "unknown key ([loyalty] has earn-points, earn-per, redeem-points, redeem-value, "
            + "category-multipliers, tiers, promotions, offline-per-sale, offline-per-day, offline-total)"),
    ]

    @Test(arguments: mistakes)
    func wrongRulesNameTheLineAndKey(_ line: String, _ number: Int, _ keyPath: String, _ message: String) {
        #expect(throws: ConfigProblem(file: "till.toml", line: number, keyPath: keyPath, message: message)) { try Self.parse([line]) }
    }
}
