import ArgumentParser
import Foundation
import TillApp
import TillCore
import TillStore

/// `till init`: creates a store's database and `till.toml` in the data directory, refusing to overwrite one.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store: its database and till.toml.",
        discussion: """
            Creates till.sqlite with the tax classes given and till.toml with every setting written out and \
            explained. Refuses when the data directory already holds either file. Edit till.toml afterwards \
            for the theme, keymap, cash rounding, devices and hub.
            """)

    @OptionGroup var location: DataDirOption

    @Option(help: "The store's name, printed on receipts.")
    var storeName: String

    @Option(help: "ISO 4217 currency code, such as EUR, CHF or USD.")
    var currency: String

    @Option(help: ArgumentHelp("inclusive (shelf prices include tax) or exclusive (tax added at the till).", valueName: "mode"))
    var taxMode = TaxMode.inclusive.rawValue

    @Option(help: ArgumentHelp("A tax class and its rate in percent, such as standard=8.1; repeat for each class.",
                               valueName: "CLASS=RATE"))
    var tax: [String] = []

    @Option(help: ArgumentHelp("This terminal's id, unique in the store.", valueName: "ID"))
    var terminal = TerminalSettings.defaultTerminalID

    /// Refuses bad flags before anything is created, so they are reported with this command's usage.
    func validate() throws {
        _ = try location.directory()
        let settings = try settings()
        let classes = try taxClasses()
        do throws(StoreSetupError) {
            try StoreSetup.check(settings: settings, taxClasses: classes)
        } catch {
            guard case .invalidSettings(let keyPath, let message) = error else { throw ValidationError(error.description) }
            throw ValidationError("\(Self.flags[keyPath] ?? keyPath) \(message)")
        }
    }

    func run() throws {
        let directory = try location.directory()
        let settings = try settings()
        let classes = try taxClasses()
        try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
        print(Self.summary(directory: directory, settings: settings, taxClasses: classes))
    }

    private func settings() throws -> TerminalSettings {
        guard let code = Currency.named(currency) else {
            throw ValidationError("--currency \(currency) is not an ISO 4217 code Till knows; try EUR, CHF, GBP or USD")
        }
        guard let mode = TaxMode(rawValue: taxMode) else {
            throw ValidationError("--tax-mode must be inclusive or exclusive, not \(taxMode)")
        }
        return TerminalSettings(storeName: storeName, terminalID: terminal, currency: code, tax: TaxPolicy(mode: mode))
    }

    private func taxClasses() throws -> [TaxClass] {
        guard !tax.isEmpty else { throw ValidationError(StoreSetupError.noTaxClasses.description) }
        return try tax.map { text in
            do throws(StoreSetupError) {
                return try TaxClassArgument.parse(text)
            } catch {
                throw ValidationError(error.description)
            }
        }
    }

    /// The flag a setting came from, so a refused value is named the way it was typed.
    private static let flags = ["store.name": "--store-name", "terminal.id": "--terminal"]

    private static func summary(directory: DataDirectory, settings: TerminalSettings, taxClasses: [TaxClass]) -> String {
        let mode = settings.tax.mode == .inclusive ? "prices include tax" : "tax added at the till"
        let classes = taxClasses.map { "\($0.code) \($0.rate)" }.joined(separator: ", ")
        return """
            Created the store "\(settings.storeName)" in \(directory.url.path(percentEncoded: false))
              till.sqlite  tax classes \(classes)
              till.toml    terminal \(settings.terminalID), \(settings.currency.code), \(mode) (\(settings.tax.mode.rawValue))
            Edit till.toml for the theme, keymap, cash rounding, devices and hub.
            """
    }
}
