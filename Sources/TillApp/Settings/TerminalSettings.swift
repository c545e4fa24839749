public import Foundation
public import TillCore

/// What this terminal needs to know before it rings up a sale, kept in `till.toml` beside the database.
///
/// The `store` values (name, currency, tax and rounding policy, cash increment) are the same on every
/// terminal of a shop; the rest belong to this machine. Values are plain and unchecked here:
/// `TerminalSettingsFile.parse` and `StoreSetup.initialize` refuse the ones that fail `firstProblem()`.
public struct TerminalSettings: Equatable, Sendable {
    /// Printed on receipts and shown in the status bar.
    public var storeName: String
    /// Names this terminal on receipts, in sales and to the hub, so it must be unique within the store.
    public var terminalID: String
    /// Sets the decimal places of every amount; a known ISO 4217 code (`Currency.named`).
    public var currency: Currency
    /// Tax mode, where tax is rounded, and the rounding mode every amount uses.
    public var tax: TaxPolicy
    /// The smallest cash step in minor units: 1 is no cash rounding, 5 is 0.05 (Switzerland).
    public var cashIncrement: Int64
    /// Digits typed without a separator are minor units ("350" is 3.50), as on classic registers.
    public var impliedDecimal: Bool
    /// A theme in `themes/`, by file name without `.toml`.
    public var theme: String
    /// A keymap in `keymaps/`, by file name without `.toml`.
    public var keymap: String
    /// Sales on this terminal are practice: numbered apart and left out of reports.
    public var training: Bool
    /// Minutes without a key press before the screen locks; 0 never locks.
    public var idleLockMinutes: Int
    /// Category ids in the order the menu pages through them; empty lists every category by name.
    public var menuCategories: [String] = []
    /// Receipt printer, cash drawer and serial scanner.
    public var devices: DeviceSettings
    /// Lines printed centred above every receipt, under the store's name (address, VAT number…).
    public var receiptHeader: [String] = []
    /// Lines printed centred below every receipt (returns policy, thanks…).
    public var receiptFooter: [String] = []
    /// The sync hub this terminal pushes to; nil runs the terminal alone.
    public var hubURL: URL?
    /// The loyalty program and this till's offline redemption allowance.
    public var loyalty: LoyaltySettings
    /// Table service; off without tables.
    public var restaurant = RestaurantSettings()

    /// The terminal id `till init` gives when none is named.
    public static let defaultTerminalID = "T1"

    public init(
        storeName: String, terminalID: String = Self.defaultTerminalID, currency: Currency,
        tax: TaxPolicy = TaxPolicy(mode: .inclusive), cashIncrement: Int64 = 1, impliedDecimal: Bool = false,
        theme: String = "default", keymap: String = "default", training: Bool = false, idleLockMinutes: Int = 0,
        devices: DeviceSettings = DeviceSettings(), hubURL: URL? = nil
    ) {
        self.storeName = storeName
        self.terminalID = terminalID
        self.currency = currency
        self.tax = tax
        self.cashIncrement = cashIncrement
        self.impliedDecimal = impliedDecimal
        self.theme = theme
        self.keymap = keymap
        self.training = training
        self.idleLockMinutes = idleLockMinutes
        self.devices = devices
        self.hubURL = hubURL
        self.loyalty = .standard(for: currency)
    }
}
