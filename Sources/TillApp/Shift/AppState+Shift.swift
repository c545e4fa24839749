import TillStore
import Foundation
import TermUI
import TillCore

extension AppState {
    /// Opens the shift screen on what makes sense now: the float count when no shift is open.
    mutating func openShiftScreen() {
        route = .shift
        shiftForm.message = nil
        shiftForm.show(shift == nil ? .openFloat : .menu)
    }

    /// Keys on the shift screen, per form.
    mutating func shiftKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        switch shiftForm.mode {
        case .menu: return shiftMenuKey(chord, action, environment)
        case .openFloat, .count: return countKey(chord, action, environment)
        case .movement(let kind): return movementKey(chord, action, kind, environment)
        case .review(let close): return reviewKey(chord, action, close)
        case .xReport:
            if action == .cancel || action == .submit { shiftForm.show(.menu) } else if let action { return globalAction(action) ?? [] }
            return []
        }
    }

    private mutating func shiftMenuKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        if case .character(let digit) = chord.key, chord.modifiers.isEmpty, let number = digit.wholeNumberValue,
           let operation = ShiftOperation(rawValue: number) {
            return choose(operation, environment)
        }
        guard let action else { return [] }
        switch action {
        case .up: shiftForm.menu.move(by: -1, rowCount: ShiftOperation.allCases.count)
        case .down: shiftForm.menu.move(by: 1, rowCount: ShiftOperation.allCases.count)
        case .submit:
            if let index = shiftForm.menu.selected { return choose(ShiftOperation.allCases[index], environment) }
        case .cancel: route = .sale
        default: return globalAction(action) ?? []
        }
        return []
    }

    private mutating func choose(_ operation: ShiftOperation, _ environment: AppEnvironment) -> [Effect] {
        guard let user else { return [] }
        shiftForm.message = nil
        switch operation {
        case .paidIn: shiftForm.show(.movement(.paidIn))
        case .paidOut: shiftForm.show(.movement(.paidOut))
        case .noSale:
            shiftForm.show(.movement(.noSale))
            shiftForm.field = .reason
        case .xReport:
            guard mayDo(.permission(.xReport), pending: .xReport, refusal: "\(user.name) may not see the X report") else { return [] }
            shiftForm.show(.xReport)
            return [.loadShift]
        case .close: shiftForm.show(.count)
        case .clockOut:
            let effects: [Effect] = [.clock(.clockOut, staffID: user.id)]
            self.user = nil
            route = .login
            login.reset()
            login.message = Message("\(user.name) clocked out", .ok)
            return effects
        }
        return []
    }

    /// The float at open and the blind count at close: one row per note and coin.
    private mutating func countKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        if Self.isEditing(chord) {
            shiftForm.count.input.handle(chord)
            return []
        }
        guard let action else { return [] }
        let rows = shiftForm.count.quantities.count
        switch action {
        case .up: shiftForm.count.rows.move(by: -1, rowCount: rows)
        case .down: shiftForm.count.rows.move(by: 1, rowCount: rows)
        case .submit:
            do throws(ShiftError) { try shiftForm.count.enter() } catch { shiftForm.message = Message(error.description, .error) }
        case .confirm:
            return finishCount(environment)
        case .cancel:
            if shift == nil { route = .sale } else { shiftForm.show(.menu) }
        default:
            return globalAction(action) ?? []
        }
        return []
    }

    private mutating func finishCount(_ environment: AppEnvironment) -> [Effect] {
        guard let user else { return [] }
        do throws(ShiftError) {
            if !shiftForm.count.input.text.isEmpty { try shiftForm.count.enter() }
            let counted = try shiftForm.count.count()
            guard var open = shift else {
                let opened = Shift(id: environment.newID(), terminalID: profile.terminalID, cashierID: user.id, openedAt: now,
                                   openingFloat: counted)
                shiftForm.message = Message("Opening the shift with a float of \(format(counted.total.minorUnits))", .ok)
                return [.openShift(opened)]
            }
            let close = try open.submitCount(counted, countedBy: user.id, at: now,
                                             varianceThreshold: Money(minorUnits: profile.varianceThreshold, currency: currency))
            shiftForm.show(.review(close))
            return [.saveCount(close, shiftID: open.id)]
        } catch {
            shiftForm.message = Message(error.description, .error)
            return []
        }
    }

    /// Paid in, paid out and no-sale: the amount, then the reason, then Enter records it.
    private mutating func movementKey(_ chord: KeyChord, _ action: Action?, _ kind: CashMovement.Kind,
                                      _ environment: AppEnvironment) -> [Effect] {
        if Self.isEditing(chord) {
            switch shiftForm.field {
            case .amount: shiftForm.amount.handle(chord)
            case .reason: shiftForm.reason.handle(chord)
            }
            return []
        }
        switch action {
        case .submit:
            if shiftForm.field == .amount {
                shiftForm.field = .reason
                return []
            }
            return recordMovement(kind, environment)
        case .up, .down:
            if kind != .noSale { shiftForm.field = shiftForm.field == .amount ? .reason : .amount }
        case .cancel:
            shiftForm.show(.menu)
        default:
            return action.flatMap { globalAction($0) } ?? []
        }
        return []
    }

    private mutating func recordMovement(_ kind: CashMovement.Kind, _ environment: AppEnvironment) -> [Effect] {
        guard let user, let shift else {
            shiftForm.message = Message("Open a shift first", .error)
            return []
        }
        do {
            let amount = kind == .noSale ? 0 : try AmountParser(currency: currency).parse(shiftForm.amount.text)
            let movement = try CashMovement(id: environment.newID(), kind: kind, amount: Money(minorUnits: amount, currency: currency),
                                            reason: shiftForm.reason.text, staffID: user.id, at: now)
            guard mayDo(.permission(kind.permission), pending: .movement(movement), refusal: "\(user.name) may not do a \(kind)") else {
                return []
            }
            return record(movement, in: shift)
        } catch let error as ShiftError {
            shiftForm.message = Message(error.description, .error)
        } catch {
            shiftForm.message = Message("\"\(shiftForm.amount.text)\" is not an amount", .error)
            shiftForm.field = .amount
        }
        return []
    }

    /// Keeps a cash movement and opens the drawer for it.
    mutating func record(_ movement: CashMovement, in shift: Shift) -> [Effect] {
        shiftForm.show(.menu)
        shiftForm.message = Message("\(movement.kind.description.capitalized) \(format(movement.amount.minorUnits)) recorded", .ok)
        return [.recordMovement(movement, shiftID: shift.id), .openDrawer]
    }

    /// After the blind count: over/short is shown; a reason is typed when it is past the threshold.
    private mutating func reviewKey(_ chord: KeyChord, _ action: Action?, _ close: ShiftClose) -> [Effect] {
        if Self.isEditing(chord) {
            shiftForm.reason.handle(chord)
            return []
        }
        guard action == .submit || action == .confirm, let user, let shift else { return [] }
        let reason = shiftForm.reason.text.trimmingCharacters(in: .whitespaces)
        guard !reason.isEmpty || !close.reasonRequired else {
            shiftForm.message = Message("Over/short is past \(format(profile.varianceThreshold)): type a reason", .error)
            return []
        }
        return [.closeShift(id: shift.id, reason: reason.isEmpty ? nil : reason, closedBy: user.id)]
    }

    /// The store's view of the shift after a change: follow it to the next screen.
    mutating func shiftLoaded(_ loaded: Shift?) -> [Effect] {
        let previous = shift
        shift = loaded
        if awaitingShiftCheck {
            awaitingShiftCheck = false
            if loaded == nil, route == .sale {
                openShiftScreen()
                shiftForm.message = Message("No shift is open on this terminal: count the float, then F10", .warning)
            }
            return []
        }
        guard route == .shift else { return [] }
        switch shiftForm.mode {
        case .openFloat where loaded != nil:
            route = .sale
            sale.message = Message("Shift opened with a float of \(format(loaded?.openingFloat.total.minorUnits ?? 0))", .ok)
        case .review(let close) where previous != nil && loaded == nil:
            shiftForm.show(.openFloat)
            shiftForm.message = Message("Shift closed: \(Self.overShortText(close.overShort.minorUnits, format)). "
                                        + "Count a float to open the next one, or F12 to lock.", .ok)
        default:
            break
        }
        return []
    }

    static func overShortText(_ amount: Int64, _ format: (Int64) -> String) -> String {
        amount == 0 ? "the drawer is exact" : amount > 0 ? "over by \(format(amount))" : "short by \(format(-amount))"
    }
}

extension CashMovement.Kind {
    /// The permission a cashier needs for this movement.
    var permission: Permission {
        switch self {
        case .paidIn: .cashPaidIn
        case .paidOut: .cashPaidOut
        case .noSale: .noSale
        }
    }
}
