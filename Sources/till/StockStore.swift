import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// What a `till stock` command works on: the store, its settings, and how codes name products.
struct StockStore {
    let database: AppDatabase
    let settings: TerminalSettings
    let resolver: ItemResolver

    /// Opens the store; a command that changes stock is refused on a training terminal, which never touches stock.
    static func open(_ location: DataDirOption, changing: Bool) throws -> StockStore {
        let (database, settings) = try StoreSetup.open(directory: try location.directory())
        if changing && settings.training {
            throw CommandFailure(description: "this terminal is in training mode (training = true in till.toml), which never changes stock; "
                                 + "set training = false to book stock")
        }
        return StockStore(database: database, settings: settings, resolver: ItemResolver(reader: try BarcodeReader(), currency: settings.currency))
    }

    /// The product a barcode, PLU or SKU names, or a failure saying which code found nothing.
    func product(_ code: String) throws -> Product {
        do {
            return try resolver.resolve(code, in: database).product
        } catch {
            throw CommandFailure(description: "\(code): \(error.message)")
        }
    }

    /// Fresh ids for a document recorded now on this terminal.
    func context() -> StockContext {
        StockContext(documentID: UUID().uuidString.lowercased(), eventID: UUID().uuidString.lowercased(), terminalID: settings.terminalID,
                     at: Date())
    }

    /// Runs a store call, turning a refusal into `Error: …` and exit status 1.
    func run<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do { return try body() } catch { throw CommandFailure(description: error.description) }
    }

    /// Reads a quantity option, naming the option when it is wrong.
    static func quantity(_ text: String, signed: Bool = false, allowingZero: Bool = false) throws -> Quantity {
        do { return try StockQuantity.parse(text, signed: signed, allowingZero: allowingZero) } catch {
            throw ValidationError("--quantity: \(error.description)")
        }
    }

    /// Reads a CSV stock list (a delivery, a handheld scanner's count), every bad line named.
    func lines(of file: String, signed: Bool = false) throws -> [StockFileLine] {
        guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure(description: "\(file): cannot be read") }
        do {
            return try database.readStockFile(data, resolver: resolver, signed: signed)
        } catch {
            throw CommandFailure(description: "\(file):\n\(error.description)\nNothing was booked.")
        }
    }
}

/// `--format text|csv|json` for the commands that list.
struct ListingFormat: ParsableArguments {
    @Option(help: "How to write it: text for people, csv or json.") var format: Choice = .text

    func print(_ listing: StockListing) {
        Swift.print(listing.rendered(format.listing), terminator: "")
    }

    enum Choice: String, CaseIterable, ExpressibleByArgument {
        case text, csv, json

        var listing: StockListing.Format {
            switch self {
            case .text: .text
            case .csv: .csv
            case .json: .json
            }
        }
    }
}
