import Foundation
import TillDevices
import TillStore

/// Starts the print workers till.toml names: the receipt printer with its profile and drawer, and
/// each kitchen station's printer; a station without a printer of its own prints on the receipt printer.
enum LanePrinter {
    /// The role receipts are queued under.
    static let role = AppDatabase.receiptPrinterRole

    /// The running receipt worker (nil when till.toml names no printer) and one worker for each
    /// station printer of `[restaurant] printers`, in the receipt printer's profile.
    static func start(settings: TerminalSettings, share: ShareDirectory?, database: AppDatabase,
                      inbox: AppInbox) throws -> (receipt: PrintWorker?, kitchen: [PrintWorker]) {
        let restaurant = settings.restaurant
        let stationPrinters = restaurant.isOn ? restaurant.printers : [:]
        guard settings.devices.printer != nil || !stationPrinters.isEmpty else { return (nil, []) }
        let profile = try PrinterProfileFile.profile(named: settings.devices.printerProfile, in: share)
        let kitchen = try stationPrinters.sorted { $0.key < $1.key }.map { station, printer in
            let address = try PrinterAddress(parsing: printer)
            return started(PrintWorker(database: database, link: PrinterLink(transport: address.makeTransport(), profile: profile, drawer: nil),
                                       documents: try printDocuments(settings, profile: profile, database: database, header: [], footer: []),
                                       inbox: inbox, roles: [station], preview: isFile(address)))
        }
        guard let printer = settings.devices.printer else { return (nil, kitchen) }
        let address = try PrinterAddress(parsing: printer)
        let link = PrinterLink(transport: address.makeTransport(), profile: profile, drawer: try settings.devices.drawerPulse(),
                               drawerOpenWhenHigh: settings.devices.drawerOpenLevel == .high)
        let display = try settings.devices.customerDisplay.map { wiring in
            wiring == DeviceSettings.displayThroughPrinter
                ? CustomerDisplayLink(transport: link.transport, throughPrinter: true)
                : CustomerDisplayLink(transport: try PrinterAddress(parsing: wiring).makeTransport(), throughPrinter: false)
        }
        let documents = try printDocuments(settings, profile: profile, database: database, header: [settings.storeName] + settings.receiptHeader,
                                      footer: settings.receiptFooter)
        let receipt = started(PrintWorker(database: database, link: link, display: display, documents: documents, inbox: inbox,
                                          roles: [role] + restaurant.stationsWithoutPrinter, preview: isFile(address)))
        return (receipt, kitchen)
    }

    private static func printDocuments(_ settings: TerminalSettings, profile: PrinterProfile, database: AppDatabase, header: [String],
                                  footer: [String]) throws -> PrintDocuments {
        PrintDocuments(database: database, layout: try ReceiptLayout(columns: profile.columns), encoder: EscPosEncoder(profile: profile),
                       header: header, footer: footer, terminalID: settings.terminalID, dateTime: localDateTime)
    }

    /// Nobody sees a file's paper: the app shows what went into it (the demo prints this way).
    private static func isFile(_ address: PrinterAddress) -> Bool {
        if case .file = address { true } else { false }
    }

    private static func started(_ worker: PrintWorker) -> PrintWorker {
        worker.start()
        return worker
    }

    /// "2026-11-24 14:05" in the machine's time zone.
    @Sendable static func localDateTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }
}
