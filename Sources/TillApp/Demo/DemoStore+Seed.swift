public import Foundation
import TillCore
public import TillStore

extension DemoStore {
    /// Creates the demo store in `directory` unless one is there already: settings, taxes, catalog,
    /// staff and, as `options` ask, customers and a sales history ending at `now`.
    ///
    /// The store is built beside `directory` and moved into place when complete, so an interrupted
    /// build leaves nothing behind. With `reset`, a demo store already there is replaced; any other
    /// folder is refused. It is a training store unless `training` is false (tests that look at real
    /// sales); the history's sales are real either way, as reports leave training sales out. Returns
    /// whether it was built now.
    @discardableResult
    public static func seed(_ directory: DataDirectory, training: Bool = true, now: Date = Date(), options: DemoOptions = .handWritten,
                            reset: Bool = false) throws(DemoError) -> Bool {
        try options.validate()
        guard try needsBuilding(directory, reset: reset) else { return false }
        let folder = DemoFolder(directory: directory)
        let staging = try folder.staging()
        do {
            try build(in: staging, printingTo: directory, training: training, now: now, options: options)
            try folder.install(staging)
        } catch {
            folder.discard(staging)
            throw error
        }
        return true
    }

    /// The file in the demo's folder its receipt printer writes to (ESC/POS bytes, as a printer gets them).
    public static let printerFile = "receipts.bin"

    /// Whether `seed` builds now: nothing is in `directory` yet, or `reset` asks for a new store. Refuses
    /// what `seed` refuses: a folder with other files, and with `reset` anything but a demo store.
    public static func needsBuilding(_ directory: DataDirectory, reset: Bool) throws(DemoError) -> Bool {
        try DemoFolder(directory: directory).needsBuilding(reset: reset)
    }

    /// Builds the whole store in `directory`, which must not exist yet; its receipt printer is the
    /// file `receipts.bin` in `home`, where the store ends up.
    private static func build(in directory: DataDirectory, printingTo home: DataDirectory, training: Bool, now: Date,
                              options: DemoOptions) throws(DemoError) {
        let categories = DemoCatalog.categories(forCount: options.products)
        var settings = TerminalSettings(storeName: name, currency: currency, training: training)
        settings.devices.printer = "file://" + home.url.appending(path: printerFile).path(percentEncoded: false)
        settings.receiptHeader = ["12 Market Street, 8001 Zürich", "VAT CHE-123.456.789"]
        settings.receiptFooter = ["Thank you for learning with Till!"]
        settings.cashIncrement = 5
        settings.menuCategories = categories.map(\.id)
        settings.restaurant = demoTables
        let taxClasses = try DemoError.checking("the demo's tax classes") { try pricing().tax.table.classes.values.sorted { $0.code < $1.code } }
        let database = try setUp { () throws(StoreSetupError) in
            try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: taxClasses)
            return try StoreSetup.open(directory: directory).database
        }
        try DemoError.storing { () throws(StoreError) in
            try database.beginBulkLoad()
            for category in categories { try database.saveCategory(category) }
        }
        let shelf = try stockCatalog(of: database, options: options)
        try DemoStaff.enrol(in: database, at: now)
        let historyStart = now.addingTimeInterval(-Double(options.days + 1) * 86_400)
        try enrolCustomers(in: database, options: options, since: historyStart)
        if options.days > 0 {
            try deliverOpeningStock(shelf, days: options.days, to: database, terminalID: settings.terminalID, at: historyStart)
            let pricing = settings.pricing(taxTable: try DemoError.storing { () throws(StoreError) in try database.taxTable() })
            let checkout = DemoCheckout(database: database, pricing: pricing, terminalID: settings.terminalID, customers: options.customers,
                                        loyalty: settings.loyalty.program)
            var history = DemoHistory(database: database, settings: settings, checkout: checkout, shelf: shelf, seed: options.seed)
            try history.trade(days: options.days, until: now)
            // No hub ever saw this history; it reads as sent, as a working store's would be.
            try DemoError.storing { () throws(StoreError) in try database.acknowledgeOutbox(at: now) }
        }
        try DemoError.storing { () throws(StoreError) in try database.endBulkLoad() }
    }

    /// Saves the first `options.products` items of the catalog in batches, and returns the shelf the
    /// history sells from.
    private static func stockCatalog(of database: AppDatabase, options: DemoOptions) throws(DemoError) -> DemoShelf {
        var shelf = DemoShelf()
        var batch: [Product] = []
        batch.reserveCapacity(batchSize)
        for product in DemoCatalog(seed: options.seed).prefix(options.products) {
            shelf.stock(product)
            batch.append(product)
            if batch.count == batchSize {
                try DemoError.storing { () throws(StoreError) in try database.insertProducts(batch) }
                batch.removeAll(keepingCapacity: true)
            }
        }
        try DemoError.storing { () throws(StoreError) in try database.insertProducts(batch) }
        return shelf
    }

    /// Products saved per transaction: large enough that commits cost little, small enough to keep memory flat.
    private static let batchSize = 50_000

    private static func enrolCustomers(in database: AppDatabase, options: DemoOptions, since date: Date) throws(DemoError) {
        var customers = DemoCustomers(seed: options.seed)
        for number in stride(from: 1, through: options.customers, by: 1) {
            let customer = try customers.next(number: number)
            try DemoError.storing { () throws(StoreError) in try database.saveCustomer(customer, at: date) }
        }
    }

    private static func setUp<T>(_ body: () throws(StoreSetupError) -> T) throws(DemoError) -> T {
        do { return try body() } catch { throw .setup(error) }
    }
}
