import Foundation
import TillCore

extension TerminalSettingsFile {
    /// The `[restaurant]` table: tables, stations, courses and station printers, each checked.
    static func readRestaurant(_ table: SettingsTable) throws(ConfigProblem) -> RestaurantSettings {
        try table.rejectUnknownKeys(SettingsKey.names(in: "restaurant"))
        var restaurant = RestaurantSettings()
        if let tables = try table.strings(.tables) {
            let names = tables.map { $0.trimmingCharacters(in: .whitespaces) }
            if let bad = names.first(where: { $0.isEmpty || $0.count > 8 }) {
                throw table.document.problem(SettingsKey.tables.path, "\"\(bad)\" is not a table name: 1 to 8 characters, such as \"12\"")
            }
            if let twice = names.first(where: { name in names.filter { $0.uppercased() == name.uppercased() }.count > 1 }) {
                throw table.document.problem(SettingsKey.tables.path, "table \"\(twice)\" is listed twice")
            }
            restaurant.tables = names
        }
        restaurant.stations = try table.texts(.stations)
        restaurant.printers = try table.texts(.kitchenPrinters)
        restaurant.takeOutTaxes = try table.texts(.takeOutTaxes)
        restaurant.deliveryTaxes = try table.texts(.deliveryTaxes)
        if let text = try table.string(.serviceCharge) {
            guard let percent = try? AmountParser(currency: Currency(code: "%", exponent: 2)).parse(text), (0...10_000).contains(percent) else {
                throw table.document.problem(SettingsKey.serviceCharge.path, "\"\(text)\" is not a percentage from 0 to 100, such as \"12.5\"")
            }
            restaurant.serviceCharge = percent
        }
        if let covers = try table.int(.serviceChargeCovers) {
            guard (0...99).contains(covers) else {
                throw table.document.problem(SettingsKey.serviceChargeCovers.path, "\(covers) covers: 0 (no service charge) to 99")
            }
            restaurant.serviceChargeCovers = covers
        }
        if let tax = try table.string(.serviceChargeTax) { restaurant.serviceChargeTax = tax }
        for (category, name) in try table.texts(.courses) {
            guard let course = Course(rawValue: name) else {
                let choices = Course.allCases.map { "\"\($0)\"" }.joined(separator: ", ")
                throw table.document.problem(SettingsKey.courses.path + [category], "\"\(name)\" is not one of \(choices)")
            }
            restaurant.courses[category] = course
        }
        return restaurant
    }

    /// The `[restaurant]` table written out under its comments.
    static func renderRestaurant(_ restaurant: RestaurantSettings) -> [String] {
        let map = { (values: [String: String]) in
            "{" + (values.isEmpty ? "" : " " + values.sorted { $0.key < $1.key }
                .map { "\(ConfigDocument.render([$0.key])) = \($0.value.quotedLiteral)" }.joined(separator: ", ") + " ") + "}"
        }
        var lines = ["", "# Table service: the floor (Alt-F), open checks, courses and kitchen tickets. No tables: a counter lane.",
                     "[restaurant]"]
        lines += entry(.tables, stringList(restaurant.tables), "Table names in floor order, such as [\"1\", \"2\", \"T1\"].")
        lines += entry(.stations, map(restaurant.stations),
                       "The station that makes each category: { drinks = \"bar\" }; any other category goes to \"kitchen\".")
        lines += entry(.courses, map(restaurant.courses.mapValues(\.rawValue)),
                       "The course of each category: drinks, starters, mains or desserts; others are mains.")
        lines += entry(.kitchenPrinters, map(restaurant.printers),
                       "Each station's printer: { kitchen = \"tcp://10.0.0.21:9100\" }; a station without one prints on the receipt printer.")
        lines += entry(.takeOutTaxes, map(restaurant.takeOutTaxes),
                       "Tax classes a take-out order charges instead: { standard = \"reduced\" } where take-away food is taxed lower.")
        lines += entry(.deliveryTaxes, map(restaurant.deliveryTaxes), "The same for delivery orders.")
        lines += entry(.serviceCharge, Money.format(restaurant.serviceCharge, exponent: 2).quotedLiteral,
                       "The service charge in percent of the goods, such as \"12.5\", on parties of service-charge-covers or more.")
        lines += entry(.serviceChargeCovers, String(restaurant.serviceChargeCovers), "The smallest party that pays it; 0: no service charge.")
        lines += entry(.serviceChargeTax, restaurant.serviceChargeTax.quotedLiteral, "The tax class the service charge is taxed in.")
        return lines
    }
}
