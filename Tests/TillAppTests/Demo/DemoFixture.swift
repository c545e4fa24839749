import Foundation
@testable import TillApp
import TillCore
import TillStore

/// A fresh parent folder with the demo store's place inside it (`store/`, not created), removed when the value goes.
final class DemoFixture {
    let parent = FileManager.default.temporaryDirectory.appending(path: "till-demo-\(UUID().uuidString)", directoryHint: .isDirectory)
    var directory: DataDirectory { DataDirectory(url: parent.appending(path: "store", directoryHint: .isDirectory)) }

    /// Friday 20 November 2026, 15:00 local time: the early shift closed, the late one selling.
    static let now = Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 20, hour: 15))!

    init() throws {
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: parent) }

    /// Builds the demo store with `options` at `now`, and opens it.
    @discardableResult
    func seed(_ options: DemoOptions, training: Bool = true) throws -> (database: AppDatabase, settings: TerminalSettings) {
        try DemoStore.seed(directory, training: training, now: Self.now, options: options)
        return try StoreSetup.open(directory: directory)
    }

    /// How many products the store holds.
    static func productCount(_ database: AppDatabase) throws -> Int {
        try database.exportCatalog(file: "/dev/null", currency: DemoStore.currency)
    }

    /// The business day `days` days after today's (before it when negative).
    static func day(_ days: Int) throws -> BusinessDay {
        let calendar = BusinessCalendar()
        return try calendar.day(try calendar.day(of: now), plus: days)
    }
}
