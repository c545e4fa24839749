import Foundation
import TermUI
import TillCore
import TillStore

extension AppState {
    /// Keys on the login screen: type the staff number, Enter, the PIN, Enter.
    mutating func loginKey(_ chord: KeyChord, _ action: Action?) -> [Effect] {
        guard !login.checking else { return [] }
        if Self.isEditing(chord) {
            switch login.field {
            case .staff: login.staff.handle(chord)
            case .pin: login.pin.handle(chord)
            }
            return []
        }
        switch action {
        case .submit:
            return submitLogin()
        case .cancel:
            login.reset()
            login.message = nil
        case .up, .down:
            login.field = login.field == .staff ? .pin : .staff
        case .quit:
            wantsToQuit = true
        case .help:
            overlay = .help
        default:
            break
        }
        return []
    }

    private mutating func submitLogin() -> [Effect] {
        let staffID = login.staff.text.trimmingCharacters(in: .whitespaces)
        guard !staffID.isEmpty else {
            login.message = Message("Type your staff number, then Enter", .warning)
            return []
        }
        guard login.field == .pin, !login.pin.text.isEmpty else {
            login.field = .pin
            login.message = nil
            return []
        }
        if let wait = login.waitUntil, wait > now {
            login.message = Message("Too many wrong PINs: try again in \(Self.seconds(until: wait, from: now)) s", .error)
            return []
        }
        let pin = login.pin.text
        login.pin.clear()
        login.checking = true
        return [.logIn(staffID: staffID, pin: pin)]
    }

    /// The store's answer to a login: in, or why not.
    mutating func loggedIn(_ outcome: LoginOutcome) -> [Effect] {
        login.checking = false
        switch outcome {
        case .success(let member):
            let takesOver = user != nil && user?.id != member.id
            user = member
            sale.cashierID = member.id
            login.reset()
            login.message = nil
            login.waitUntil = nil
            route = .sale
            awaitingShiftCheck = true
            sale.message = Message(takesOver && !sale.cart.lines.isEmpty ? "\(member.name) takes over the sale in progress"
                                                                           : "Hello \(member.name)", .ok)
            return [.clock(.clockIn, staffID: member.id), .loadShift, .loadStatus]
        case .wrongPIN(let failures, let retryAt):
            login.waitUntil = retryAt
            login.field = .pin
            let wait = retryAt.map { " — wait \(Self.seconds(until: $0, from: now)) s before the next try" } ?? ""
            login.message = Message("Wrong PIN (\(failures) failed in a row)\(wait)", .error)
        case .retryAt(let date):
            login.waitUntil = date
            login.message = Message("Too many wrong PINs: try again in \(Self.seconds(until: date, from: now)) s", .error)
        case .unknownStaff:
            login.reset()
            login.message = Message("No staff member has that number", .error)
        case .inactive(let member):
            login.reset()
            login.message = Message("\(member.name) is deactivated: ask a manager", .error)
        }
        return []
    }

    static func seconds(until date: Date, from now: Date) -> Int {
        max(1, Int(date.timeIntervalSince(now).rounded(.up)))
    }
}
