import Foundation
import TillCore
import TillDevices
import TillStore

/// Starts the print workers till.toml names: the receipt printer with its profile and drawer, and
/// each kitchen station's printer; a station without a printer of its own prints on the receipt printer.
enum LanePrinter {
    /// The role receipts are queued under.
    static let role = AppDatabase.receiptPrinterRole

    /// The running worker, or nil when till.toml names no printer.
    static func start(settings: TerminalSettings, share: ShareDirectory?, database: AppDatabase,
                      inbox: AppInbox) throws -> PrintWorker? {
        guard let printer = settings.devices.printer else { return nil }
        let address = try PrinterAddress(parsing: printer)
        let profile = try PrinterProfileFile.profile(named: settings.devices.printerProfile, in: share)
        let documents = PrintDocuments(
            database: database, layout: try ReceiptLayout(columns: profile.columns), encoder: EscPosEncoder(profile: profile),
            header: [settings.storeName] + settings.receiptHeader, footer: settings.receiptFooter,
            terminalID: settings.terminalID, dateTime: localDateTime)
        let link = PrinterLink(transport: address.makeTransport(), profile: profile, drawer: try settings.devices.drawerPulse(),
                               drawerOpenWhenHigh: settings.devices.drawerOpenLevel == .high)
        let display = try settings.devices.customerDisplay.map { wiring in
            wiring == DeviceSettings.displayThroughPrinter
                ? CustomerDisplayLink(transport: link.transport, throughPrinter: true)
                : CustomerDisplayLink(transport: try PrinterAddress(parsing: wiring).makeTransport(), throughPrinter: false)
        }
        // Nobody sees a file's paper: the app shows what went into it (the demo prints this way).
        let preview = if case .file = address { true } else { false }
        let stations = Set(settings.restaurant.isOn ? Array(settings.restaurant.stations.values) + [KitchenRouting().fallback] : [])
        let worker = PrintWorker(database: database, link: link, display: display, documents: documents, inbox: inbox,
                                 roles: [role] + stations.subtracting(settings.restaurant.printers.keys).sorted(), preview: preview)
        worker.start()
        return worker
    }

    /// A running worker for each station printer of `[restaurant] printers`, in the receipt printer's profile.
    static func startKitchen(settings: TerminalSettings, share: ShareDirectory?, database: AppDatabase,
                             inbox: AppInbox) throws -> [PrintWorker] {
        guard settings.restaurant.isOn else { return [] }
        let profile = try PrinterProfileFile.profile(named: settings.devices.printerProfile, in: share)
        return try settings.restaurant.printers.sorted { $0.key < $1.key }.map { station, printer in
            let address = try PrinterAddress(parsing: printer)
            let documents = PrintDocuments(database: database, layout: try ReceiptLayout(columns: profile.columns),
                                           encoder: EscPosEncoder(profile: profile), header: [], footer: [],
                                           terminalID: settings.terminalID, dateTime: localDateTime)
            let preview = if case .file = address { true } else { false }
            let worker = PrintWorker(database: database, link: PrinterLink(transport: address.makeTransport(), profile: profile, drawer: nil),
                                     documents: documents, inbox: inbox, roles: [station], preview: preview)
            worker.start()
            return worker
        }
    }

    /// "2026-11-24 14:05" in the machine's time zone.
    @Sendable static func localDateTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
