import Foundation
import Testing
@testable import TillApp
import TillCore
import TillStore

/// `till demo --reset`: it rebuilds the demo store, and deletes nothing else.
@Suite struct DemoResetTests {
    @Test func resetRefusesAFolderThatIsNotATillStoreAndLeavesItAlone() throws {
        // Given a folder with someone's file in it
        let fixture = try DemoFixture()
        try FileManager.default.createDirectory(at: fixture.directory.url, withIntermediateDirectories: true)
        let notes = fixture.directory.url.appending(path: "notes.txt")
        try Data("keep me".utf8).write(to: notes)

        // When the demo is reset, or built, there
        // Then both are refused and the file is still there
        #expect { try DemoStore.seed(fixture.directory, reset: true) } throws: { error in
            if case DemoError.notADemoStore = error { return true } else { return false }
        }
        #expect(throws: DemoError.folderInUse(path: fixture.directory.url.path(percentEncoded: false))) {
            try DemoStore.seed(fixture.directory)
        }
        #expect(try String(contentsOf: notes, encoding: .utf8) == "keep me")
    }

    @Test func resetRefusesARealStore() throws {
        // Given a shop's own store
        let fixture = try DemoFixture()
        try StoreSetup.initialize(directory: fixture.directory, settings: TerminalSettings(storeName: "Café Linde", currency: DemoStore.currency),
                                  taxClasses: [TaxClass(code: "standard", name: "VAT", rate: TaxRate(percent: "8.1"))])

        // When the demo is reset there, it is refused, and the store keeps its name
        #expect { try DemoStore.seed(fixture.directory, reset: true) } throws: { error in
            (error as? DemoError)?.description.contains("Café Linde") == true
        }
        #expect(try StoreSetup.open(directory: fixture.directory).settings.storeName == "Café Linde")
    }

    @Test func aBuiltStoreIsKeptUntilResetRebuildsItInPlace() throws {
        // Given a demo store of the hand-written items
        let fixture = try DemoFixture()
        #expect(try DemoStore.seed(fixture.directory))

        // When it is seeded again, it is kept as it is
        #expect(try DemoStore.seed(fixture.directory, options: DemoOptions(products: 60, customers: 0, days: 0, seed: 1)) == false)
        #expect(try DemoFixture.productCount(try StoreSetup.open(directory: fixture.directory).database) == 14)

        // When it is reset with other options, the new store replaces it and nothing else is left beside it
        #expect(try DemoStore.seed(fixture.directory, options: DemoOptions(products: 60, customers: 0, days: 0, seed: 1), reset: true))
        #expect(try DemoFixture.productCount(try StoreSetup.open(directory: fixture.directory).database) == 60)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.parent.path(percentEncoded: false)) == ["store"])
    }

    @Test func optionsOutOfRangeAreRefusedBeforeAnythingIsMade() throws {
        let fixture = try DemoFixture()
        #expect(throws: DemoError.self) { try DemoStore.seed(fixture.directory, options: DemoOptions(products: 13, customers: 0, days: 0, seed: 1)) }
        #expect(throws: DemoError.self) { try DemoStore.seed(fixture.directory, options: DemoOptions(products: 1_000_001, customers: 0, days: 0, seed: 1)) }
        #expect(throws: DemoError.self) { try DemoStore.seed(fixture.directory, options: DemoOptions(products: 100, customers: 0, days: -1, seed: 1)) }
        #expect(!FileManager.default.fileExists(atPath: fixture.directory.url.path(percentEncoded: false)))
    }
}
