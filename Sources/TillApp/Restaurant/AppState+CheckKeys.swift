import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// A check's own keys on the sale screen: send, hold, fire, seat, course, split, table.
    mutating func checkKey(_ action: Action) -> [Effect] {
        guard let open = restaurant.open else {
            sale.message = Message("\(action.label) works on a table's check: Alt-F opens the floor", .warning)
            return []
        }
        switch action {
        case .send:
            var check = open.check
            do throws(CheckError) {
                let tickets = try check.send(ticketing)
                restaurant.open?.check = check
                sale.forgetUndo()
                sale.message = Message("Round \(check.rounds) sent: " + tickets.map { "\($0.station) \($0.items.count)" }.joined(separator: ", "),
                                       .ok)
                return save(tickets: tickets)
            } catch {
                sale.message = Message(error.message, .warning)
            }
        case .hold:
            guard let line = sale.selectedLine, let state = open.check.line(line.id) else {
                sale.message = Message("Select a line first (Up and Down)", .warning)
                return []
            }
            do throws(CheckError) {
                try restaurant.open?.check.hold(line: line.id, state.status != .held)
                sale.message = Message(state.status == .held ? "\(line.name) goes with the next send" : "\(line.name) held: S-F5 fires it", .ok)
                return save()
            } catch {
                sale.message = Message(error.message, .warning)
            }
        case .kitchenNote:
            guard let line = sale.selectedLine, let state = open.check.line(line.id) else {
                sale.message = Message("Select a dish first (Up and Down)", .warning)
                return []
            }
            guard state.status != .sent else {
                sale.message = Message("\(line.name) is with the kitchen already: void it and ring it again with the note", .warning)
                return []
            }
            sale.ask(.check(.note(line: line.id)))
        case .fire: sale.ask(.check(.fire))
        case .seat: sale.ask(.check(.seat))
        case .course: sale.ask(.check(.course))
        case .splitCheck: sale.ask(.check(.split))
        case .checkTable: sale.ask(.check(.table))
        case .printBill:
            guard let user, !sale.cart.isEmpty else {
                sale.message = Message("Nothing to bill yet", .warning)
                return []
            }
            let charged = chargeService()
            guard let priced = sale.priced else { return charged }
            restaurant.open?.check.billPrinted = true
            let text = CheckBill(check: open.check, priced: priced, server: user.name, columns: profile.printColumns ?? 42,
                                 parts: open.evenParts).text
            return charged + save() + [.printReport(title: "Bill for table \(open.check.table)", text: text, staffID: user.id)]
        default: break
        }
        return []
    }

    /// The answer to a check's question, typed on the command line.
    mutating func answerCheck(_ question: CheckQuestion, _ text: String) -> [Effect] {
        guard var open = restaurant.open else { return [] }
        sale.cancelPrompt()
        switch question {
        case .seat:
            guard let seat = Int(text), (0...open.check.covers).contains(seat) else {
                sale.message = Message("Seats run from 1 to \(open.check.covers); 0 is the table", .error)
                return []
            }
            restaurant.open?.seat = seat == 0 ? nil : seat
            sale.message = Message(seat == 0 ? "Next items are for the table" : "Next items are for seat \(seat)", .ok)
        case .course:
            guard text.isEmpty || Course(typed: text) != nil else {
                sale.message = Message("\"\(text)\" is not a course: d, s, m or de", .error)
                return []
            }
            restaurant.open?.course = Course(typed: text)
            sale.message = Message("Next items: \(Course(typed: text).map { "\($0)" } ?? "each in its category's course")", .ok)
        case .fire:
            guard let course = Course(typed: text) else {
                sale.message = Message("\"\(text)\" is not a course: d, s, m or de", .error)
                return []
            }
            do throws(CheckError) {
                let tickets = try open.check.fire(course, ticketing)
                restaurant.open = open
                sale.forgetUndo()
                sale.message = Message("\(course.description.capitalized) fired", .ok)
                return save(tickets: tickets)
            } catch {
                sale.message = Message(error.message, .warning)
            }
        case .split:
            return split(open, text)
        case .table:
            return moveCheck(open, text)
        case .note(let line):
            do throws(CheckError) {
                try restaurant.open?.check.setNote(text, line: line)
                let note = restaurant.open?.check.line(line)?.note
                sale.message = Message(note.map { "Note for the cooks: \($0)" } ?? "Note taken off", .ok)
                return save()
            } catch {
                sale.message = Message(error.message, .warning)
            }
        }
        return []
    }

    private mutating func split(_ open: OpenCheck, _ text: String) -> [Effect] {
        let current = open.change()
        if text.isEmpty {
            guard let line = sale.selectedLine else {
                sale.message = Message("Select the line to move first (Up and Down)", .warning)
                return []
            }
            return [.restaurant(.split(current, lines: [line.id]))]
        }
        if text.uppercased() == "S" { return [.restaurant(.split(current, lines: nil))] }
        guard let count = Int(text), let total = sale.payment?.remaining else {
            sale.message = Message("Type 2 to 99 for equal parts, S to split by seat, or Enter to move the selected line", .error)
            return []
        }
        do throws(CheckError) {
            let parts = try EvenSplit.parts(of: total, into: count, increment: profile.pricing.cashIncrement)
            restaurant.open?.evenParts = parts
            restaurant.open?.tendersAtSplit = open.check.cart.tenders.count
            sale.message = Message("Split in \(count): " + parts.map(format).joined(separator: " + ") + " — F2 pays part 1", .ok)
        } catch {
            sale.message = Message(error.message, .error)
        }
        return []
    }

    private mutating func moveCheck(_ open: OpenCheck, _ text: String) -> [Effect] {
        let current = open.change()
        if text.hasPrefix("+") { return [.restaurant(.merge(current, table: String(text.dropFirst())))] }
        if let type = OrderType(rawValue: text.lowercased()) {
            var check = open.check
            do throws(CheckError) {
                try check.setOrderType(type, substitutes: profile.restaurant.taxSubstitutes(for: type))
            } catch {
                sale.message = Message(error.message, .error)
                return []
            }
            do throws(CartError) {
                _ = try profile.pricing.price(check.cart)
            } catch {
                sale.message = Message("\(type) taxes: \(error.message) — fix [restaurant] in till.toml", .error)
                return []
            }
            restaurant.open?.check = check
            sale.resume(check.cart, note: "The check is \(type) now")
            return save()
        }
        if text.hasPrefix("@") {
            let server = String(text.dropFirst())
            guard !server.isEmpty else {
                sale.message = Message("Type the staff number after @, such as @2", .error)
                return []
            }
            guard mayDo(.permission(.transferCheck), pending: .transferCheck(to: server),
                        refusal: "\(user?.name ?? "This user") may not hand a check over, and nobody can approve it") else { return [] }
            return handOver(to: server)
        }
        guard let table = profile.restaurant.table(named: text) else {
            sale.message = Message("\"\(text)\" is not a table here", .error)
            return []
        }
        do throws(CheckError) {
            try restaurant.open?.check.move(to: table)
            sale.message = Message("Check moved to table \(table)", .ok)
            return save()
        } catch {
            sale.message = Message(error.message, .error)
            return []
        }
    }

    /// Before the bill and the payment: a party large enough pays the service charge, repriced to
    /// what is on the check now (and taken off again when the party is smaller now); the check's
    /// save comes back at once, so saves that follow are made over it.
    mutating func chargeService() -> [Effect] {
        guard let open = restaurant.open, open.check.cart.tenders.isEmpty else { return [] }
        let settings = profile.restaurant
        let rate = settings.serviceCharge(covers: open.check.covers)
        let name = "Service \(Money.format(settings.serviceCharge, exponent: 2)) %"
        return followCheck(sale.chargeService(basisPoints: rate, name: name, taxCodes: [settings.serviceChargeTax]))
    }

    /// Hands the open check to `server` once allowed, if the store knows them.
    mutating func handOver(to server: String) -> [Effect] {
        guard let open = restaurant.open else { return [] }
        return [.restaurant(.handOver(open.change(), to: server))]
    }

    /// What the store did with the floor and the checks.
    mutating func restaurantAnswered(_ answer: RestaurantAnswer) -> [Effect] {
        switch answer {
        case .floorLoaded(let checks, let paid):
            restaurant.floor = checks
            restaurant.paidTables = paid
        case .opened(let check, let stamp):
            enter(OpenCheck(check: check, stamp: stamp), note: "Table \(check.table): \(check.covers) covers")
        case .updated(let check, let stamp):
            guard let open = restaurant.open, open.check.id == check.id, open.check.cart.tenders.isEmpty, sale.cart.tenders.isEmpty
            else { return [] }
            enter(OpenCheck(check: check, stamp: stamp), note: "Table \(check.table) was changed on another lane: this is it now")
        case .changedElsewhere(let id, let reason):
            guard restaurant.open?.check.id == id else { return [] }
            leaveCheck()
            route = .floor
            restaurant.message = Message(reason, .error)
            bell = true
            return [.restaurant(.loadFloor)]
        case .reshaped(let check, let stamp, let note):
            var open = restaurant.open ?? OpenCheck(check: check, stamp: stamp)
            (open.check, open.stamp, open.evenParts) = (check, stamp, nil)
            enter(open, note: note)
        case .refused(let reason):
            sale.message = Message(reason, .error)
            bell = true
        }
        return []
    }

    /// After a sale: a paid check leaves its table, and the floor comes back.
    mutating func checkPaid(receipt: Int64) -> [Effect] {
        guard let open = restaurant.open else { return [] }
        restaurant.open = nil
        route = .floor
        restaurant.message = Message("Table \(open.check.table) paid: receipt \(receipt)", .ok)
        return [.restaurant(.loadFloor)]
    }
}
