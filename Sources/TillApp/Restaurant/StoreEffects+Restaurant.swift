import Foundation
import TillCore
import TillStore
import TillSync

extension StoreEffects {
    /// Reads and keeps checks; a check gone from the store answers with the floor.
    func restaurant(_ request: RestaurantRequest) throws(StoreError) -> AppEvent? {
        // Every change to a check goes to the other lanes through the hub as soon as it can.
        defer { if request.changesChecks { sync?.wake() } }
        switch request {
        case .loadFloor:
            let checks = try database.openChecks()
            let paid = try database.tablesPaid(since: now().addingTimeInterval(-RestaurantSettings.paidShownFor))
            return .restaurant(.floorLoaded(checks, paid: paid.subtracting(checks.map(\.table))))
        case .open(let id):
            guard let found = try database.openCheck(id: id) else { return .restaurant(.changedElsewhere(id: id, reason: gone(id))) }
            return .restaurant(.opened(found.check, stamp: found.stamp))
        case .refresh(let id, let revision):
            guard let found = try database.openCheck(id: id) else { return .restaurant(.changedElsewhere(id: id, reason: gone(id))) }
            return found.stamp?.revision == revision ? nil : .restaurant(.updated(found.check, stamp: found.stamp))
        case .save(let changes, let tickets):
            try database.saveChecks(changes, tickets: tickets, terminalID: terminalID, at: now())
            if !tickets.isEmpty { devices.wakePrinter() }
            return nil
        case .merge(let target, let table):
            guard let source = try database.openChecks().first(where: { $0.table.uppercased() == table.uppercased() && $0.id != target.check.id })
            else {
                return .restaurant(.refused("Table \(table) has no open check to merge"))
            }
            do throws(StoreError) {
                let merged = try database.mergeCheck(into: target, takingIn: source.id, terminalID: terminalID, at: now())
                return .restaurant(.reshaped(merged.check, stamp: merged.stamp,
                                             note: "Table \(source.table) merged in: \(merged.check.covers) covers"))
            } catch {
                guard case .conflict(let reason) = error else { throw error }
                return .restaurant(.refused(reason))
            }
        case .handOver(let target, let server):
            guard let member = try database.staffMember(id: server), member.isActive else {
                return .restaurant(.refused("There is no active staff member \(server): check the number"))
            }
            var check = target.check
            check.transfer(to: member.id)
            let change = CheckChange(check, base: target.base, revision: target.revision)
            try database.saveCheck(change, terminalID: terminalID, at: now())
            return .restaurant(.reshaped(check, stamp: change.stamp, note: "Check handed to \(member.name)"))
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
            let change = CheckChange(check, base: target.base, revision: target.revision)
            try database.saveChecks([change] + parts.map { CheckChange($0, base: nil, revision: newID()) }, terminalID: terminalID, at: now())
            let note = lines == nil ? "Split by seat: \(parts.count + 1) checks on table \(check.table)"
                : "Moved to a new check on table \(check.table)"
            return .restaurant(.reshaped(check, stamp: change.stamp, note: note))
        case .discard(let id):
            do throws(StoreError) {
                try database.discardCheck(id: id, terminalID: terminalID, at: now())
            } catch {
                // Another lane rang something on it meanwhile: it stays, and the floor shows it.
                guard case .conflict = error else { throw error }
            }
            return nil
        }
    }

    private func gone(_ id: String) -> String {
        "Check \(id) is no longer open: it was paid, merged or discarded."
    }
}
