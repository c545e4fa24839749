import Foundation
import Synchronization
import TermUI
import TillApp
import TillCore
import TillStore

/// One key at the till, from the key to the next frame: `App.send` (the reducer and its effects,
/// such as keeping the cart in the store), `AppScreen.render` at 80×24 and the diff against the
/// previous frame, with 100,000 products in a real store opened as `till` opens it.
///
/// The keys: baskets of 20 items, 7 in 10 scanned (13 digits typed one by one, then Enter: lookup,
/// add, keep the cart) and the rest found on the menu (F10, a 3- to 5-letter prefix typed letter by
/// letter, each one searching the catalog, Enter to ring up the first hit, Esc until back on the sale).
/// Each basket is paid cash (F2, F2); those two keys commit a sale with `synchronous=FULL`, which
/// `sale-commit` measures, so they are not among the samples. The first basket warms up.
///
/// Baseline: for every timed key, the raw work it needs through SQLite's C API on the same database
/// file (barcode lookup + cart upsert in one transaction for a scan; the cart upsert for a menu
/// pick; an unranked FTS5 `MATCH` joined to product for a search letter; the category list and a
/// category's first products when the menu opens, as many as the menu reads) plus filling and comparing a flat
/// array of 80×24 cells, as `tui-frame-200x60` does.
struct KeystrokeToFrameScenario: Scenario {
    let name = "keystroke-to-frame"
    let unit = "ns"
    let target = Target.p99Below(2_000_000, "p99 < 2 ms")

    /// The catalog size issue #5 names; `--quick` keeps it, and takes fewer keys.
    static let products = 100_000
    static let width = 80
    static let height = 24
    /// Items per customer before paying.
    static let basket = 20

    func reportName(quick: Bool) -> String { "\(name)-100k" }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let store = try SaleStore(products: Self.products)
        var till = try TillAtTheKeys(store: store)
        try till.logInAndOpenShift()
        let catalog = BenchCatalog(count: Self.products)
        let wanted = runs * 5
        // A scan is 14 keys and 7 items in 10 are scanned: a code for every 5 keys is more than enough.
        var codes = try catalog.scanCodes(wanted / 5 + 2 * Self.basket)[...]
        let prefixes = BenchCatalog.prefixes
        var random = SplitMix64(seed: 5_050)
        var basket = 0
        while till.timedCount < wanted {
            till.timing = basket > 0
            for _ in 0..<Self.basket {
                if random.next() % 10 < 7 {
                    guard let code = codes.popFirst() else { throw BenchError("ran out of scan codes") }
                    try till.scan(code)
                } else {
                    try till.pickFromMenu(prefixes[Int(random.next() % UInt64(prefixes.count))])
                }
            }
            try till.payCash()
            basket += 1
        }
        let raw = try RawKeystrokes(path: store.databasePath)
        // The raw side warms up on the same untimed first basket.
        for step in till.steps where !step.timed { try raw.perform(step.work) }
        var frames = RawFrames(width: Self.width, height: Self.height)
        var baseline: [UInt64] = []
        for (index, step) in till.steps.enumerated() where step.timed {
            baseline.append(try time {
                try raw.perform(step.work)
                frames.next(index)
            })
        }
        return (till.samples, baseline)
    }
}

/// A store as a shop would have it: the demo store's settings, tax classes and staff (`DemoStore.seed`,
/// as `till demo` makes it), with the bench catalog's CSV imported by `importCatalog`, as the
/// catalog scenarios' fixture does.
final class SaleStore {
    private let folder = BenchFolder()

    init(products: Int) throws {
        try DemoStore.seed(directory, training: false)
        let (database, _) = try StoreSetup.open(directory: directory)
        let csvFolder = BenchFolder()
        try FileManager.default.createDirectory(at: csvFolder.url, withIntermediateDirectories: true)
        let csv = csvFolder.url.appendingPathComponent("catalog.csv").path
        try BenchCatalog(count: products).writeCSV(to: csv)
        let report = try database.importCatalog(file: csv, currency: DemoStore.currency)
        guard report.added == products else { throw BenchError("import added \(report.added) of \(products) products: \(report)") }
    }

    var directory: DataDirectory { DataDirectory(url: folder.url) }
    var databasePath: String { CatalogFixture.databasePath(in: folder) }
}

/// The app opened on a store as `till` opens it, with a fixed clock and ids, driven one key at a time;
/// every key is timed from `send` to the diffed frame and logged with the raw work it stands for.
private struct TillAtTheKeys {
    var app: App
    let theme: Theme
    var previous = Buffer(width: KeystrokeToFrameScenario.width, height: KeystrokeToFrameScenario.height)
    /// Whether keys count as samples (false while warming up).
    var timing = false
    private(set) var samples: [UInt64] = []
    private(set) var steps: [LoggedKey] = []
    private let encoder = JSONEncoder()

    var timedCount: Int { samples.count }

    init(store: SaleStore) throws {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let ids = BenchIDs()
        let environment = AppEnvironment(now: { start }, newID: { ids.make() },
                                         localTime: { _ in LocalTime(weekday: 2, hour: 10, minute: 0) })
        let share = ShareDirectory.locate(environment: ProcessInfo.processInfo.environment, executable: benchExecutable)
        // Without the print worker: it would print the sales behind the timed keys and hold the raw side's writes.
        let (app, themeName, _, _) = try TerminalApp.open(directory: store.directory, share: share, environment: environment, devices: false)
        self.app = app
        theme = try share?.theme(named: themeName) ?? .monochrome
        encoder.outputFormatting = [.sortedKeys]
    }

    /// Staff 1 (a cashier) logs in and opens the shift with ten 10-franc notes; nothing is timed.
    mutating func logInAndOpenShift() throws {
        _ = frame(KeyChord(.escape))
        for text in ["1", "1111"] { try type(text, then: KeyChord(.enter)) }
        guard app.state.route == .shift else { throw BenchError("after the login the till shows \(app.state.route), not the float count") }
        for _ in 0..<20 where app.state.shiftForm.count.selected?.minorUnits != 1_000 { _ = frame(KeyChord(.down)) }
        try type("10", then: KeyChord(.enter))
        _ = frame(KeyChord(.function(10)))
        guard app.state.route == .sale, app.state.shift != nil else {
            throw BenchError("the shift did not open: \(app.state.route), \(app.state.shiftForm.message?.text ?? "")")
        }
    }

    /// Types the EAN-13 a digit at a time, then Enter rings it up.
    mutating func scan(_ code: String) throws {
        for digit in code { try key(KeyChord(.character(digit))) }
        try key(KeyChord(.enter), scanned: code)
        guard app.state.route == .sale else { throw BenchError("a scan left the sale screen") }
    }

    /// F10, the prefix letter by letter, Enter on the first hit, then Esc (clears the search) and Esc (back).
    mutating func pickFromMenu(_ prefix: String) throws {
        try key(KeyChord(.function(10)))
        guard app.state.route == .menu else { throw BenchError("F10 did not open the menu: \(message)") }
        for letter in prefix { try key(KeyChord(.character(letter))) }
        guard !app.state.menu.items.isEmpty else { throw BenchError("the menu found nothing for \(prefix)") }
        try key(KeyChord(.enter))
        // A weighed item asks for its weight first; the first Esc drops that question.
        for _ in 0..<4 where app.state.route != .sale { try key(KeyChord(.escape)) }
        guard app.state.route == .sale else { throw BenchError("Esc did not leave the menu") }
    }

    /// F2 to the payment screen, F2 for exact cash: the sale is committed and the next customer starts.
    mutating func payCash() throws {
        _ = frame(KeyChord(.function(2)))
        _ = frame(KeyChord(.function(2)))
        guard app.state.route == .sale, app.state.sale.cart.lines.isEmpty else {
            throw BenchError("paying cash left \(app.state.route) with \(app.state.sale.cart.lines.count) lines: \(message)")
        }
    }

    private var message: String { app.state.sale.message?.text ?? "" }

    private mutating func type(_ text: String, then last: KeyChord) throws {
        for character in text { _ = frame(KeyChord(.character(character))) }
        _ = frame(last)
    }

    /// One timed key, logged with what the raw side must do for it.
    private mutating func key(_ chord: KeyChord, scanned code: String? = nil) throws {
        let before = app.state
        let nanos = frame(chord)
        let after = app.state
        let work: RawWork
        if after.sale.cart != before.sale.cart {
            let document = String(decoding: try encoder.encode(after.sale.cart), as: UTF8.self)
            work = code.map { .scan(key: "0" + $0, document: document) } ?? .saveCart(document: document)
        } else if let code {
            throw BenchError("scanning \(code) did not ring it up: \(message)")
        } else if before.route != .menu, after.route == .menu {
            work = .openMenu(category: after.menu.category?.id)
        } else if after.route == .menu, after.menu.search.text != before.menu.search.text {
            let text = after.menu.search.text
            work = text.isEmpty ? .category(after.menu.category?.id) : .search(match: Self.match(text))
        } else {
            work = .frameOnly
        }
        steps.append(LoggedKey(work: work, timed: timing))
        if timing { samples.append(nanos) }
    }

    /// Sends the key, renders the screen as `AppLoop.draw` does, and diffs it against the last frame.
    private mutating func frame(_ chord: KeyChord) -> UInt64 {
        let theme = theme
        return time {
            app.send(.key(chord))
            var state = app.state
            var buffer = Buffer(width: previous.width, height: previous.height)
            AppScreen.render(&state, into: &buffer, theme: theme)
            app.state = state
            let runs = buffer.diff(from: previous)
            precondition(runs.count >= 0)
            previous = buffer
        }
    }

    /// The FTS5 expression the store's search builds for `text`: whole words, the last one as a prefix
    /// once it has two characters.
    private static func match(_ text: String) -> String {
        text.split { !($0.isLetter || $0.isNumber) }.map { $0.count == 1 ? "\"\($0)\"" : "\"\($0)\"*" }.joined(separator: " ")
    }
}

/// A key the bench pressed, with the raw work that stands for it.
private struct LoggedKey {
    let work: RawWork
    let timed: Bool
}

/// What a key needs from the store, done the raw way.
private enum RawWork {
    case frameOnly
    /// Barcode lookup by key, then the cart upsert.
    case scan(key: String, document: String)
    case saveCart(document: String)
    /// The category list and the first category's products.
    case openMenu(category: String?)
    case category(String?)
    case search(match: String)
}

/// The store's work for each key through SQLite's C API, on the same file, `synchronous=NORMAL` as
/// the store keeps a cart without tenders.
private final class RawKeystrokes {
    private let connection: RawConnection
    private let lookup: RawStatement
    private let upsert: RawStatement
    private let begin: RawStatement
    private let commit: RawStatement
    private let categories: RawStatement
    private let byCategory: RawStatement
    private let search: RawStatement

    init(path: String) throws {
        connection = try RawConnection(path: path)
        try connection.exec("PRAGMA synchronous=NORMAL")
        let columns = """
            product.id, product.sku, product.name, product.brand, product.category_id, product.price,
            product.priced_per, product.unit, product.plu, product.open_price, product.minimum_age,
            product.sold_out, product.variant_of, product.details,
            (SELECT group_concat(tax_code, char(31)) FROM
                (SELECT tax_code FROM product_tax WHERE product_id = product.id ORDER BY position))
            """
        lookup = try connection.prepare("SELECT \(columns) FROM barcode JOIN product ON product.id = barcode.product_id WHERE barcode.key = ?")
        upsert = try connection.prepare("""
            INSERT INTO open_cart (terminal_id, cart, updated_at) VALUES ('RAW', ?, '2026-11-24T10:00:00.000Z')
            ON CONFLICT (terminal_id) DO UPDATE SET cart = excluded.cart, updated_at = excluded.updated_at
            """)
        begin = try connection.prepare("BEGIN IMMEDIATE")
        commit = try connection.prepare("COMMIT")
        categories = try connection.prepare("SELECT id, name, parent_id FROM category ORDER BY name, id")
        byCategory = try connection.prepare("SELECT \(columns) FROM product WHERE product.category_id = ? ORDER BY product.name, product.id LIMIT \(MenuState.categoryLimit)")
        search = try connection.prepare("""
            SELECT \(columns) FROM product_search JOIN product ON product.rowid = product_search.rowid
            WHERE product_search MATCH ? LIMIT \(MenuState.searchLimit)
            """)
    }

    func perform(_ work: RawWork) throws {
        switch work {
        case .frameOnly:
            break
        case .scan(let key, let document):
            try begin.run()
            lookup.bind(1, key)
            var found = false
            try lookup.rows { found = Self.read($0) || found }
            guard found else { throw RawSQLiteError(message: "barcode \(key) not found") }
            upsert.bind(1, document)
            try upsert.run()
            try commit.run()
        case .saveCart(let document):
            try begin.run()
            upsert.bind(1, document)
            try upsert.run()
            try commit.run()
        case .openMenu(let category):
            try categories.rows { row in _ = (row.text(0), row.text(1), row.text(2)) }
            try products(in: category)
        case .category(let category):
            try products(in: category)
        case .search(let match):
            search.bind(1, match)
            try search.rows { _ = Self.read($0) }
        }
    }

    private func products(in category: String?) throws {
        guard let category else { return }
        byCategory.bind(1, category)
        try byCategory.rows { _ = Self.read($0) }
    }

    /// Reads a product row's columns as the store's reader does; true when it had an id.
    private static func read(_ row: RawStatement) -> Bool {
        let product = (id: row.text(0), sku: row.text(1), name: row.text(2), brand: row.text(3), category: row.text(4),
                       price: row.int(5), pricedPer: row.int(6), unit: row.text(7), plu: row.text(8), openPrice: row.int(9),
                       minimumAge: row.int(10), soldOut: row.int(11), variantOf: row.text(12), details: row.text(13),
                       taxes: row.text(14))
        return product.id != nil
    }
}

/// The frame baseline: a flat array of cells filled and compared with the previous one.
private struct RawFrames {
    private var previous: [UInt64]

    init(width: Int, height: Int) {
        previous = [UInt64](repeating: 0, count: width * height)
    }

    mutating func next(_ run: Int) {
        let count = previous.count
        var frame = [UInt64](repeating: 0x20, count: count)
        for index in stride(from: run % 80, to: count, by: 3) { frame[index] = UInt64(index & 0xFF) }
        var changed = 0
        for index in 0..<count where frame[index] != previous[index] { changed += 1 }
        precondition(changed >= 0)
        previous = frame
    }
}

/// Ids "bench-1", "bench-2", … for the app's environment.
private final class BenchIDs: Sendable {
    private let next = Mutex(0)

    func make() -> String { next.withLock { $0 += 1; return "bench-\($0)" } }
}

/// A scenario could not do what it measures.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
