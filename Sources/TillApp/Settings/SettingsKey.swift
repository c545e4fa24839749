/// A key of `till.toml`, named once for the reader, the writer and the checks.
struct SettingsKey: Sendable {
    /// The table the key sits in: `store`, `terminal`, `devices`, `receipt`, `hub`, `loyalty` or `restaurant`; empty for a
    /// key at the top level of its file.
    let table: String
    let name: String

    var path: [String] { table.isEmpty ? [name] : [table, name] }

    static let storeName = SettingsKey(table: "store", name: "name")
    static let currency = SettingsKey(table: "store", name: "currency")
    static let taxMode = SettingsKey(table: "store", name: "tax-mode")
    static let taxRounding = SettingsKey(table: "store", name: "tax-rounding")
    static let roundingMode = SettingsKey(table: "store", name: "rounding-mode")
    static let cashIncrement = SettingsKey(table: "store", name: "cash-increment")
    static let terminalID = SettingsKey(table: "terminal", name: "id")
    static let theme = SettingsKey(table: "terminal", name: "theme")
    static let keymap = SettingsKey(table: "terminal", name: "keymap")
    static let impliedDecimal = SettingsKey(table: "terminal", name: "implied-decimal")
    static let training = SettingsKey(table: "terminal", name: "training")
    static let idleLockMinutes = SettingsKey(table: "terminal", name: "idle-lock-minutes")
    static let menuCategories = SettingsKey(table: "terminal", name: "menu-categories")
    static let printer = SettingsKey(table: "devices", name: "printer")
    static let printerProfile = SettingsKey(table: "devices", name: "printer-profile")
    static let drawerPin = SettingsKey(table: "devices", name: "drawer-pin")
    static let drawerOn = SettingsKey(table: "devices", name: "drawer-on-ms")
    static let drawerOff = SettingsKey(table: "devices", name: "drawer-off-ms")
    static let drawerOpenLevel = SettingsKey(table: "devices", name: "drawer-open-level")
    static let scanner = SettingsKey(table: "devices", name: "scanner")
    static let keyboardScanner = SettingsKey(table: "devices", name: "scanner-keyboard")
    static let scannerPrefix = SettingsKey(table: "devices", name: "scanner-prefix")
    static let scale = SettingsKey(table: "devices", name: "scale")
    static let customerDisplay = SettingsKey(table: "devices", name: "customer-display")
    static let receiptHeader = SettingsKey(table: "receipt", name: "header")
    static let receiptFooter = SettingsKey(table: "receipt", name: "footer")
    static let hubURL = SettingsKey(table: "hub", name: "url")
    static let earnPoints = SettingsKey(table: "loyalty", name: "earn-points")
    static let earnPer = SettingsKey(table: "loyalty", name: "earn-per")
    static let redeemPoints = SettingsKey(table: "loyalty", name: "redeem-points")
    static let redeemValue = SettingsKey(table: "loyalty", name: "redeem-value")
    static let categoryMultipliers = SettingsKey(table: "loyalty", name: "category-multipliers")
    static let tiers = SettingsKey(table: "loyalty", name: "tiers")
    static let pointsPromotions = SettingsKey(table: "loyalty", name: "promotions")
    static let offlinePerSale = SettingsKey(table: "loyalty", name: "offline-per-sale")
    static let offlinePerDay = SettingsKey(table: "loyalty", name: "offline-per-day")
    static let offlineTotal = SettingsKey(table: "loyalty", name: "offline-total")
    static let tables = SettingsKey(table: "restaurant", name: "tables")
    static let stations = SettingsKey(table: "restaurant", name: "stations")
    static let courses = SettingsKey(table: "restaurant", name: "courses")
    static let kitchenPrinters = SettingsKey(table: "restaurant", name: "printers")
    static let takeOutTaxes = SettingsKey(table: "restaurant", name: "take-out-taxes")
    static let deliveryTaxes = SettingsKey(table: "restaurant", name: "delivery-taxes")
    static let serviceCharge = SettingsKey(table: "restaurant", name: "service-charge")
    static let serviceChargeCovers = SettingsKey(table: "restaurant", name: "service-charge-covers")
    static let serviceChargeTax = SettingsKey(table: "restaurant", name: "service-charge-tax")

    /// Every key, in the order the file lists them.
    static let all: [SettingsKey] = [
        storeName, currency, taxMode, taxRounding, roundingMode, cashIncrement,
        terminalID, theme, keymap, impliedDecimal, training, idleLockMinutes, menuCategories,
        printer, printerProfile, drawerPin, drawerOn, drawerOff, drawerOpenLevel, scanner, keyboardScanner, scannerPrefix, scale,
        customerDisplay, receiptHeader, receiptFooter, hubURL,
        earnPoints, earnPer, redeemPoints, redeemValue, categoryMultipliers, tiers, pointsPromotions,
        offlinePerSale, offlinePerDay, offlineTotal, tables, stations, courses, kitchenPrinters, takeOutTaxes, deliveryTaxes,
        serviceCharge, serviceChargeCovers, serviceChargeTax,
    ]

    /// The tables, in file order.
    static let sections = ["store", "terminal", "devices", "receipt", "hub", "loyalty", "restaurant"]

    /// The names of the keys `table` may hold.
    static func names(in table: String) -> [String] {
        all.filter { $0.table == table }.map(\.name)
    }
}
