import Foundation
import Testing
import TillCore
import TillStore
@testable import TillApp

@Suite struct StoreSetupTests {
    let settings = TerminalSettings(storeName: "Café Linde", currency: Currency(code: "CHF", exponent: 2))
    let classes = [TaxClass(code: "standard", rate: TaxRate(millionths: 81_000)),
                   TaxClass(code: "reduced", rate: TaxRate(millionths: 26_000))]

    @Test func initializeCreatesBothFilesAndOpenReadsThemBack() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "pos/till"))

            try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)

            #expect(contents(of: directory.url).filter { !$0.hasPrefix("till.sqlite-") } == ["till.sqlite", "till.toml"])
            let (database, opened) = try StoreSetup.open(directory: directory)
            #expect(opened == settings)
            #expect(try database.taxTable() == TaxTable(classes))
        }
    }

    @Test func runningInitTwiceRefusesAndKeepsTheFirstStore() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder)
            try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
            var other = settings
            other.storeName = "Somebody Else"

            #expect(throws: StoreSetupError.alreadyInitialized(directory: folder.path(percentEncoded: false),
                                                               existing: ["till.toml", "till.sqlite"])) {
                try StoreSetup.initialize(directory: directory, settings: other, taxClasses: classes)
            }
            #expect(try StoreSetup.open(directory: directory).settings == settings)
        }
    }

    @Test func eitherFileAloneIsEnoughToRefuse() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder)
            _ = try AppDatabase(path: directory.databaseURL.path(percentEncoded: false))

            let refusal = #expect(throws: StoreSetupError.self) {
                try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
            }
            #expect(refusal == .alreadyInitialized(directory: folder.path(percentEncoded: false), existing: ["till.sqlite"]))
            #expect(refusal?.description.contains("till init never overwrites one") == true)
        }
    }

    @Test func aFailureAfterTheDatabaseRemovesTheFoldersInitMade() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "new/till"))
            let failure = StoreSetupError.cannotWriteSettings(path: "till.toml", reason: "No space left on device")

            #expect(throws: failure) {
                try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes) { _, _ throws(StoreSetupError) in
                    #expect(FileManager.default.fileExists(atPath: directory.databaseURL.path(percentEncoded: false)))
                    throw failure
                }
            }
            #expect(contents(of: folder) == [])
        }
    }

    @Test func aFailureInAnExistingFolderRemovesOnlyWhatInitMade() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder)
            try Data("keep me".utf8).write(to: folder.appending(path: "notes.txt"))
            // A folder where the temporary settings file goes makes the real writer fail.
            try FileManager.default.createDirectory(at: folder.appending(path: "till.toml.partial"), withIntermediateDirectories: false)

            let failure = #expect(throws: StoreSetupError.self) {
                try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
            }

            #expect(failure == .cannotWriteSettings(path: folder.appending(path: "till.toml.partial").path(percentEncoded: false),
                                                    reason: "Is a directory"))
            #expect(contents(of: folder) == ["notes.txt", "till.toml.partial"])
        }
    }

    @Test func badInputCreatesNothing() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "till"))
            var badID = settings
            badID.terminalID = "front desk"

            #expect(throws: StoreSetupError.noTaxClasses) {
                try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: [])
            }
            #expect(throws: StoreSetupError.badTaxClass("standard", reason: "given more than once")) {
                try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes + classes)
            }
            #expect(throws: StoreSetupError.badTaxClass("high", reason: TaxClassArgument.rateProblem)) {
                try StoreSetup.initialize(directory: directory, settings: settings,
                                          taxClasses: [TaxClass(code: "high", rate: TaxRate(millionths: 1_500_000))])
            }
            #expect(throws: StoreSetupError.invalidSettings(keyPath: "terminal.id",
                                                            message: "\"front desk\" may hold only letters, digits, - and _")) {
                try StoreSetup.initialize(directory: directory, settings: badID, taxClasses: classes)
            }
            #expect(contents(of: folder) == [])
        }
    }

    @Test func openSaysHowToInitializeAnEmptyFolder() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder.appending(path: "nothing-here"))

            let error = #expect(throws: StoreSetupError.self) { try StoreSetup.open(directory: directory) }

            #expect(error == .notInitialized(directory: directory.url.path(percentEncoded: false)))
            #expect(error?.description.contains("till init --store-name NAME --currency CODE --tax CLASS=RATE") == true)
            #expect(contents(of: folder) == [])
        }
    }

    @Test func openRefusesToReplaceALostDatabaseWithAnEmptyOne() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder)
            try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
            let database = directory.databaseURL.path(percentEncoded: false)
            try FileManager.default.removeItem(atPath: database)

            #expect(throws: StoreSetupError.missingFile(path: database)) { try StoreSetup.open(directory: directory) }
            #expect(!FileManager.default.fileExists(atPath: database))
        }
    }

    @Test func openReportsAWrongSettingWithItsLine() throws {
        try withScratchFolder { folder in
            let directory = DataDirectory(url: folder)
            try StoreSetup.initialize(directory: directory, settings: settings, taxClasses: classes)
            let path = directory.settingsURL.path(percentEncoded: false)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: "tax-mode = \"inclusive\"", with: "tax-mode = \"sideways\"")
                .write(toFile: path, atomically: true, encoding: .utf8)
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.hasPrefix("tax-mode") }.map { $0 + 1 } ?? 0

            #expect(throws: StoreSetupError.settings(ConfigProblem(
                file: path, line: line, keyPath: "store.tax-mode",
                message: "\"sideways\" is not one of \"inclusive\", \"exclusive\""))) {
                try StoreSetup.open(directory: directory)
            }
        }
    }
}
