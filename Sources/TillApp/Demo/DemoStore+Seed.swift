public import Foundation
public import TillStore
import TillCore

extension DemoStore {
    /// Creates the demo store in `directory` unless it is there already: settings, taxes, catalog, staff.
    ///
    /// It is a training store unless `training` is false (tests that look at real sales). Returns
    /// whether it was created now.
    @discardableResult
    public static func seed(_ directory: DataDirectory, training: Bool = true, now: Date = Date()) throws -> Bool {
        guard !FileManager.default.fileExists(atPath: directory.settingsURL.path(percentEncoded: false)) else { return false }
        var settings = TerminalSettings(storeName: name, currency: currency, training: training)
        settings.cashIncrement = 5
        settings.menuCategories = categories.map(\.id)
        try StoreSetup.initialize(directory: directory, settings: settings,
                                  taxClasses: try pricing().tax.table.classes.values.sorted { $0.code < $1.code })
        let (database, _) = try StoreSetup.open(directory: directory)
        for category in categories { try database.saveCategory(category) }
        try database.saveProducts(catalog.products.values.sorted { $0.id < $1.id })
        for member in DemoStaff.members {
            try database.saveStaff(try StaffMember(id: member.id, name: member.name, role: member.role), pin: try PIN(member.pin),
                                   rounds: DemoStaff.rounds, at: now)
        }
        return true
    }
}
