import Foundation
import TillCore
import TillStore
import TillSync

extension StoreEffects {
    /// Reads and keeps checks; a save over another lane's change answers with the check to reread.
    func restaurant(_ request: RestaurantRequest) throws(StoreError) -> AppEvent? {
        // Every change to a check goes to the other lanes through the hub as soon as it can.
        defer { if request.changesChecks { sync?.wake() } }
        switch request {
        case .loadFloor:
            let checks = try database.openChecks()
            let paid = try database.tablesPaid(since: now().addingTimeInterval(-RestaurantSettings.paidShownFor))
            return .restaurant(.floorLoaded(checks, paid: paid.subtracting(checks.map(\.table))))
        case .open(let id):
            guard let found = try database.openCheck(id: id) else {
                return .restaurant(.changedElsewhere(id: id, reason: "Check \(id) is no longer open: it was paid, merged or discarded."))
            }
            return .restaurant(.opened(found.check, version: found.version))
        case .refresh(let id, let version):
            guard let found = try database.openCheck(id: id) else {
                return .restaurant(.changedElsewhere(id: id, reason: "Check \(id) is no longer open: it was paid, merged or discarded."))
            }
            return found.version == version ? nil : .restaurant(.updated(found.check, version: found.version))
        case .save(let checks, let tickets):
            do throws(StoreError) {
                let versions = try database.saveChecks(checks.map { ($0.check, $0.version) }, tickets: tickets, terminalID: terminalID, at: now())
                if !tickets.isEmpty { devices.wakePrinter() }
                return .restaurant(.saved(id: checks[0].check.id, version: versions[0]))
            } catch {
                guard case .conflict(let reason) = error else { throw error }
                return .restaurant(.changedElsewhere(id: checks[0].check.id, reason: reason))
            }
        case .merge(let target, let table):
            guard let source = try database.openChecks().first(where: { $0.table.uppercased() == table.uppercased() && $0.id != target.check.id }),
                  let other = try database.openCheck(id: source.id) else {
                return .restaurant(.refused("Table \(table) has no open check to merge"))
            }
            var merged = target.check
            do throws(CheckError) { try merged.merge(other.check) } catch { return .restaurant(.refused(error.message)) }
            let version = try database.mergeCheck(merged, version: target.version ?? 0, removing: other.check.id, sourceVersion: other.version,
                                                  terminalID: terminalID, at: now())
            return .restaurant(.reshaped(merged, version: version, note: "Table \(other.check.table) merged in: \(merged.covers) covers"))
        case .handOver(let target, let server):
            guard let member = try database.staffMember(id: server), member.isActive else {
                return .restaurant(.refused("There is no active staff member \(server): check the number"))
            }
            var check = target.check
            check.transfer(to: member.id)
            let version = try database.saveCheck(check, version: target.version, terminalID: terminalID, at: now())
            return .restaurant(.reshaped(check, version: version, note: "Check handed to \(member.name)"))
        case .discard(let target):
            do throws(StoreError) {
                try database.discardCheck(id: target.check.id, version: target.version ?? 0, terminalID: terminalID, at: now())
            } catch {
                // Another lane rang something on it meanwhile: it stays, and the floor shows it.
                guard case .conflict = error else { throw error }
            }
            return nil
        case .split(let target, let lines):
            var check = target.check
            let parts: [Check]
            do throws(CheckError) {
                if let lines {
                    parts = [try check.split(lines: lines, into: newID())]
                } else {
                    parts = try check.splitBySeat { _ in newID() }
                }
            } catch {
                return .restaurant(.refused(error.message))
            }
            let versions = try database.saveChecks([(check, target.version)] + parts.map { ($0, nil) }, terminalID: terminalID, at: now())
            let note = lines == nil ? "Split by seat: \(parts.count + 1) checks on table \(check.table)"
                : "Moved to a new check on table \(check.table)"
            return .restaurant(.reshaped(check, version: versions[0], note: note))
        }
    }
}
