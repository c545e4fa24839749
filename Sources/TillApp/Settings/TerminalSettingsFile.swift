import Foundation
import TillCore

/// Reads and writes `till.toml`, the terminal's settings, in the same TOML dialect as themes and keymaps.
///
/// Only `version`, `store.name` and `store.currency` are required; every other key has the default
/// `TerminalSettings` gives it. Unknown keys are errors, so a misspelt key never silently does nothing.
public enum TerminalSettingsFile {
    /// The settings in `text`; `file` names it in problems.
    public static func parse(_ text: String, file: String) throws(ConfigProblem) -> TerminalSettings {
        let document = try ConfigDocument(file: file, text: text)
        let root = SettingsTable(document: document, path: [], table: document.root)
        try root.rejectUnknownKeys(["version"] + SettingsKey.sections)
        guard let store = try root.table("store") else {
            throw document.problem(["store"], "missing the [store] table (name and currency at least)")
        }
        var settings = try storeSettings(store)
        if let terminal = try root.table("terminal") { try readTerminal(terminal, into: &settings) }
        if let devices = try root.table("devices") {
            try devices.rejectUnknownKeys(SettingsKey.names(in: "devices"))
            try readDevices(devices, into: &settings.devices)
        }
        if let receipt = try root.table("receipt") {
            try receipt.rejectUnknownKeys(SettingsKey.names(in: "receipt"))
            if let header = try receipt.strings(.receiptHeader) { settings.receiptHeader = header }
            if let footer = try receipt.strings(.receiptFooter) { settings.receiptFooter = footer }
        }
        if let hub = try root.table("hub") {
            try hub.rejectUnknownKeys(SettingsKey.names(in: "hub"))
            if let text = try hub.string(.hubURL) {
                guard let url = URL(string: text) else { throw document.problem(SettingsKey.hubURL.path, "\"\(text)\" is not a URL") }
                settings.hubURL = url
            }
        }
        if let loyalty = try root.table("loyalty") { settings.loyalty = try readLoyalty(loyalty, currency: settings.currency) }
        if let restaurant = try root.table("restaurant") { settings.restaurant = try readRestaurant(restaurant) }
        if let (keyPath, message) = settings.firstProblem() { throw document.problem(keyPath, message) }
        return settings
    }

    private static func storeSettings(_ store: SettingsTable) throws(ConfigProblem) -> TerminalSettings {
        try store.rejectUnknownKeys(SettingsKey.names(in: "store"))
        let name = try store.required(try store.string(.storeName), .storeName, "the store's name, printed on receipts")
        let code = try store.required(try store.string(.currency), .currency, "an ISO 4217 code such as \"EUR\" or \"CHF\"")
        guard let currency = Currency.named(code) else {
            throw store.document.problem(SettingsKey.currency.path,
                                         "unknown currency \"\(code)\" (an ISO 4217 code such as \"EUR\" or \"CHF\")")
        }
        var settings = TerminalSettings(storeName: name, currency: currency)
        if let mode = try store.choice(.taxMode, TaxMode.self) { settings.tax.mode = mode }
        if let rounding = try store.choice(.taxRounding, TaxRounding.self) { settings.tax.rounding = rounding }
        if let mode = try store.choice(.roundingMode, RoundingMode.self) { settings.tax.roundingMode = mode }
        if let increment = try store.int(.cashIncrement) { settings.cashIncrement = Int64(increment) }
        return settings
    }

    private static func readDevices(_ table: SettingsTable, into devices: inout DeviceSettings) throws(ConfigProblem) {
        try table.rejectUnknownKeys(SettingsKey.names(in: "devices"))
        devices.printer = try table.string(.printer)
        devices.scanner = try table.string(.scanner)
        if let mode = try table.choice(.keyboardScanner, KeyboardScannerMode.self) { devices.keyboardScanner = mode }
        if let prefix = try table.string(.scannerPrefix) { devices.scannerPrefix = prefix }
        devices.scale = try table.string(.scale)
        devices.customerDisplay = try table.string(.customerDisplay)
        if let profile = try table.string(.printerProfile) { devices.printerProfile = profile }
        if let pin = try table.int(.drawerPin) { devices.drawerPin = pin }
        if let on = try table.int(.drawerOn) { devices.drawerOnMilliseconds = on }
        if let off = try table.int(.drawerOff) { devices.drawerOffMilliseconds = off }
        if let level = try table.choice(.drawerOpenLevel, DrawerLevel.self) { devices.drawerOpenLevel = level }
    }

    private static func readTerminal(_ terminal: SettingsTable, into settings: inout TerminalSettings) throws(ConfigProblem) {
        try terminal.rejectUnknownKeys(SettingsKey.names(in: "terminal"))
        if let id = try terminal.string(.terminalID) { settings.terminalID = id }
        if let theme = try terminal.string(.theme) { settings.theme = theme }
        if let keymap = try terminal.string(.keymap) { settings.keymap = keymap }
        if let implied = try terminal.bool(.impliedDecimal) { settings.impliedDecimal = implied }
        if let training = try terminal.bool(.training) { settings.training = training }
        if let minutes = try terminal.int(.idleLockMinutes) { settings.idleLockMinutes = minutes }
        if let categories = try terminal.strings(.menuCategories) { settings.menuCategories = categories }
    }
}
