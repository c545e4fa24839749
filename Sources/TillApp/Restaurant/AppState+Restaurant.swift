import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// Alt-F: the floor, leaving the open check on its table; a counter sale must be finished first.
    mutating func openFloor() -> [Effect] {
        guard profile.restaurant.isOn else {
            show(Message("This lane has no tables: list them under [restaurant] tables in till.toml", .warning))
            return []
        }
        if restaurant.open == nil, !sale.cart.lines.isEmpty {
            sale.message = Message("Finish or park this sale before going to the floor", .warning)
            return []
        }
        guard sale.cart.tenders.isEmpty else {
            sale.message = Message("Payment has started: finish it, or remove the tenders, before leaving the check", .warning)
            return []
        }
        var effects: [Effect] = []
        if let open = restaurant.open {
            // A table seated by mistake, with nothing ever rung on it, is free again.
            if open.seatedHere, open.check.cart.lines.isEmpty {
                effects.append(.restaurant(.discard(id: open.check.id)))
            }
            leaveCheck()
        }
        route = .floor
        restaurant.seating = nil
        restaurant.input.clear()
        restaurant.message = nil
        return effects + [.restaurant(.loadFloor)]
    }

    /// Keys on the floor: a table's name and Enter opens its check, or asks the covers of a new one.
    mutating func floorKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        if Self.isEditing(chord) {
            restaurant.input.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .submit:
            let typed = restaurant.input.commit().trimmingCharacters(in: .whitespaces)
            if let table = restaurant.seating { return seat(table, covers: typed, environment) }
            return openTable(typed)
        case .cancel:
            if restaurant.seating != nil {
                restaurant.seating = nil
                restaurant.message = nil
            } else {
                route = .sale
            }
        default:
            restaurant.message = Message("\(action.label) is not available on the floor", .warning)
        }
        return []
    }

    /// Opens the table's check ("12"), its second one ("12.2"), or asks for the covers of a new one.
    private mutating func openTable(_ typed: String) -> [Effect] {
        let parts = typed.split(separator: ".", maxSplits: 1).map(String.init)
        guard let name = parts.first, let table = profile.restaurant.table(named: name) else {
            restaurant.message = Message("\"\(typed)\" is not a table here: type one of the numbers on the floor", .error)
            return []
        }
        let checks = restaurant.checks(at: table)
        if checks.isEmpty {
            restaurant.seating = table
            restaurant.message = Message("Table \(table) is free: how many covers?", .ok)
            return []
        }
        let index = parts.count > 1 ? (Int(parts[1]) ?? 0) - 1 : 0
        guard checks.indices.contains(index) else {
            restaurant.message = Message("Table \(table) has \(checks.count) check\(checks.count == 1 ? "" : "s"): \(table).1 to \(table).\(checks.count)",
                                         .error)
            return []
        }
        return [.restaurant(.open(id: checks[index].id))]
    }

    /// Opens a new check for `covers` guests at `table`, served by whoever is logged in.
    private mutating func seat(_ table: String, covers typed: String, _ environment: AppEnvironment) -> [Effect] {
        guard let user, let covers = Int(typed) else {
            restaurant.message = Message("Type the number of guests, 1 to 99", .error)
            return []
        }
        do throws(CheckError) {
            let check = try Check(id: environment.newID(), table: table, serverID: user.id, covers: covers, currency: currency, openedAt: now,
                                  localTime: environment.localTime(now))
            restaurant.seating = nil
            enter(OpenCheck(check: check, stamp: nil, seatedHere: true), note: "Table \(table) seated: \(covers) covers")
            return save()
        } catch {
            restaurant.message = Message(error.message, .error)
            return []
        }
    }

    /// After a sync round, what another lane may have done to the checks: the floor is read again, and
    /// a check on the sale or payment screen, before a tender is taken, is shown as the other lane left it.
    func followOtherLanes() -> [Effect] {
        if route == .floor { return [.restaurant(.loadFloor)] }
        guard route == .sale || route == .payment, let open = restaurant.open, open.stamp != nil, open.check.cart.tenders.isEmpty,
              sale.cart.tenders.isEmpty else { return [] }
        return [.restaurant(.refresh(id: open.check.id, revision: open.stamp?.revision))]
    }

    /// Puts the check on the sale screen.
    mutating func enter(_ open: OpenCheck, note: String) {
        restaurant.open = open
        restaurant.message = nil
        sale.resume(open.check.cart, note: note)
        route = .sale
    }

    /// Leaves the check on its table (it is saved after every change) and empties the sale screen.
    mutating func leaveCheck() {
        restaurant.open = nil
        sale.setAside()
    }

    /// Keeps the open check, with the tickets its change printed; the next change is made over this one.
    mutating func save(tickets: [KitchenTicket] = []) -> [Effect] {
        guard let open = restaurant.open else { return [] }
        let change = open.change()
        restaurant.open?.stamp = change.stamp
        return [.restaurant(.save([change], tickets: tickets))]
    }

    /// Who and when, for this lane's kitchen tickets.
    var ticketing: Check.Ticketing {
        Check.Ticketing(routing: profile.restaurant.routing, serverName: user?.name ?? "", at: now)
    }

    /// While a check is open, the sale screen's changes are the check's: a kept cart becomes a saved
    /// check (a sent line voided prints its cancellation), and the sale pays the check.
    mutating func followCheck(_ effects: [Effect]) -> [Effect] {
        guard restaurant.open != nil else { return effects }
        var out: [Effect] = []
        for effect in effects {
            switch effect {
            case .saveCart(let cart):
                guard var open = restaurant.open else { continue }
                let settings = profile.restaurant
                let course = open.course
                do throws(CheckError) {
                    let tickets = try open.check.follow(cart, seat: open.seat, course: { course ?? settings.course(for: $0.categoryID) },
                                                        ticketing)
                    restaurant.open = open
                    if !tickets.isEmpty {
                        sale.message = Message("Cancellation sent to " + tickets.map(\.station).joined(separator: " and "), .warning)
                    }
                    out += save(tickets: tickets)
                } catch {
                    sale.message = Message(error.message, .error)
                }
            case .commit(let order, let shiftID, nil):
                out.append(.commit(order, shiftID: shiftID, check: restaurant.open?.change()))
            default:
                out.append(effect)
            }
        }
        return out
    }
}
