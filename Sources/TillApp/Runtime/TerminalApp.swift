import Foundation
import TillCore
import TillDevices
public import TillStore
import TillSync

/// Builds the app for the store in a data directory: settings, keymap, pricing, the kept cart.
public enum TerminalApp {
    /// The app at its login screen, with the cart a crash left (if any) waiting behind it; with
    /// `devices`, the receipt printer configured in till.toml starts printing the store's queue, and
    /// the scanner and hub sync start. `trainingCopy` says the store is a live lane's practice copy
    /// (`TrainingLane`), which the lane can leave for the live store.
    public static func open(directory: DataDirectory, share: ShareDirectory?, loginHint: String? = nil,
                            environment: AppEnvironment = .live, devices startDevices: Bool = true, trainingCopy: Bool = false)
        throws -> (app: App, theme: String, database: AppDatabase, workers: LaneWorkers) {
        let (database, settings) = try StoreSetup.open(directory: directory)
        let pricing = settings.pricing(taxTable: try database.taxTable())
        let keymap = try share?.keymap(named: settings.keymap) ?? DefaultKeymap.keymap()
        var profile = TerminalProfile(
            storeName: settings.storeName, terminalID: settings.terminalID, training: settings.training, pricing: pricing,
            denominations: denominations(for: settings.currency),
            idleLock: settings.idleLockMinutes > 0 ? TimeInterval(settings.idleLockMinutes * 60) : nil,
            keymap: keymap, loginHint: loginHint, menuCategories: settings.menuCategories)
        profile.keyboardScanner = settings.devices.keyboardWedgeMode
        profile.hasScale = settings.devices.scale != nil
        profile.exercises = settings.training ? try share?.exercises() ?? [] : []
        profile.isTrainingCopy = trainingCopy
        profile.restaurant = settings.restaurant
        let sale = SaleSession(pricing: pricing, catalog: database, reader: try BarcodeReader(),
                               clock: { environment.localTime(environment.now()) }, training: settings.training,
                               resuming: try database.openCart(terminalID: settings.terminalID))
        let inbox = AppInbox()
        let (printer, kitchen) = startDevices ? try LanePrinter.start(settings: settings, share: share, database: database, inbox: inbox)
            : (nil, [])
        let scanner = startDevices ? try LaneScanners.start(settings: settings.devices, inbox: inbox) : nil
        let sync = startDevices ? try LaneSync.start(database: database, inbox: inbox) : nil
        let scale = try settings.devices.scale.map { address throws(DeviceAddressError) in
            BackgroundScale(scale: try ScaleAddress(parsing: address).makeScale(), inbox: inbox)
        }
        var performer = StoreEffects(database: database, terminalID: settings.terminalID, currency: settings.currency,
                                     paymentTerminal: SimulatedPaymentTerminal(),
                                     reports: ManagerReports(database: database, settings: settings),
                                     devices: printer ?? NoDevices(), receiptPrinter: printer == nil ? nil : LanePrinter.role,
                                     printColumns: printer?.columns ?? 48, scale: startDevices ? scale : nil, sync: sync,
                                     now: environment.now, newID: environment.newID)
        performer.loyaltySettings = settings.loyalty
        performer.onlineVouchers = startDevices ? OnlineVouchers(lookup: VoucherLookup(database: database), inbox: inbox) : nil
        var state = AppState(profile: profile, sale: sale, menu: database, now: environment.now())
        if let printer {
            state.printer = .ready
            state.profile.printColumns = printer.columns
        }
        let app = App(state: state, environment: environment, performer: performer, inbox: inbox)
        return (app, settings.theme, database, LaneWorkers(printer: printer, kitchen: kitchen, scanner: scanner, sync: sync))
    }

    /// The drawer's notes and coins: the standard set for the currency, else single minor units.
    static func denominations(for currency: Currency) -> DenominationSet {
        if let standard = DenominationSet.standard(for: currency) { return standard }
        // A currency without a built-in set is counted as one amount, in minor units.
        return (try? DenominationSet(currency: currency, notes: [], coins: [1])) ?? DenominationSet.chf
    }
}
