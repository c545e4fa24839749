import Foundation
public import TillCore
import TillDevices
public import TillStore

/// Builds the app for the store in a data directory: settings, keymap, pricing, the kept cart.
public enum TerminalApp {
    /// The app at its login screen, with the cart a crash left (if any) waiting behind it.
    public static func open(directory: DataDirectory, share: ShareDirectory?, loginHint: String? = nil,
                            environment: AppEnvironment = .live) throws -> (app: App, theme: String, database: AppDatabase) {
        let (database, settings) = try StoreSetup.open(directory: directory)
        let pricing = try settings.pricing(taxTable: try database.taxTable())
        let keymap = try share?.keymap(named: settings.keymap) ?? DefaultKeymap.keymap()
        let profile = TerminalProfile(
            storeName: settings.storeName, terminalID: settings.terminalID, training: settings.training, pricing: pricing,
            denominations: denominations(for: settings.currency),
            idleLock: settings.idleLockMinutes > 0 ? TimeInterval(settings.idleLockMinutes * 60) : nil,
            keymap: keymap, loginHint: loginHint, menuCategories: settings.menuCategories)
        let sale = SaleSession(pricing: pricing, catalog: database, reader: try BarcodeReader(),
                               clock: { environment.localTime(environment.now()) }, training: settings.training,
                               resuming: try database.openCart(terminalID: settings.terminalID))
        let performer = StoreEffects(database: database, terminalID: settings.terminalID, currency: settings.currency,
                                     paymentTerminal: SimulatedPaymentTerminal(),
                                     reports: ManagerReports(database: database, settings: settings), now: environment.now, newID: environment.newID)
        let app = App(state: AppState(profile: profile, sale: sale, menu: database, now: environment.now()), environment: environment, performer: performer)
        return (app, settings.theme, database)
    }

    /// The drawer's notes and coins: the standard set for the currency, else single minor units.
    static func denominations(for currency: Currency) -> DenominationSet {
        if let standard = DenominationSet.standard(for: currency) { return standard }
        // A currency without a built-in set is counted as one amount, in minor units.
        return (try? DenominationSet(currency: currency, notes: [], coins: [1])) ?? DenominationSet.chf
    }
}
