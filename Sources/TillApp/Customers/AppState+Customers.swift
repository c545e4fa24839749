import Foundation
import TermUI
import TillCore

extension AppState {
    /// Opens the customers screen; with a customer on the sale, on their profile.
    mutating func openCustomers() -> [Effect] {
        route = .customers
        customers.message = nil
        customers.enrolment = nil
        guard let id = sale.cart.customerID else { return [] }
        return [.loyalty(.openCustomer(id: id))]
    }

    /// Keys on the customers screen: type and Enter to search, ↑/↓ and Enter to open, F3 to enrol,
    /// F2 to put the customer on the sale, F4 to change their consent, Esc to go back.
    mutating func customersKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        if customers.enrolment != nil { return enrolmentKey(chord, action, environment) }
        if Self.isEditing(chord), customers.profile == nil {
            customers.search.handle(chord)
            return []
        }
        guard let action else { return [] }
        if let effects = globalAction(action) { return effects }
        switch action {
        case .up: customers.table.move(by: -1, rowCount: customers.results.count)
        case .down: customers.table.move(by: 1, rowCount: customers.results.count)
        case .submit:
            guard customers.profile == nil else { return [] }
            let typed = customers.search.commit().trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty { return [.loyalty(.findCustomers(typed))] }
            guard let index = customers.table.selected, customers.results.indices.contains(index) else {
                customers.message = Message("Type a phone number, a name or scan a card, then Enter", .warning)
                return []
            }
            return [.loyalty(.openCustomer(id: customers.results[index].id))]
        case .enrol:
            customers.profile = nil
            customers.enrolment = Enrolment()
            customers.message = Message("New customer: name, phone, card and consent; Esc stops", .ok)
        case .attachCustomer:
            guard let profile = customers.profile else {
                customers.message = Message("Open a customer first (Enter)", .warning)
                return []
            }
            route = .sale
            return sale.attach(profile.customer)
        case .toggleConsent:
            guard let customer = customers.profile?.customer else { return [] }
            return (try? customer.withConsent(!customer.marketingConsent)).map { [.loyalty(.saveCustomer($0))] } ?? []
        case .cancel:
            if customers.profile != nil {
                customers.profile = nil
            } else if !customers.search.text.isEmpty {
                customers.search.clear()
            } else {
                route = .sale
            }
        default:
            customers.message = Message("\(action.label) is not available on the customers screen", .warning)
        }
        return []
    }

    /// A key while enrolling: the field of the step, Enter to the next step, Esc to stop.
    private mutating func enrolmentKey(_ chord: KeyChord, _ action: Action?, _ environment: AppEnvironment) -> [Effect] {
        guard var enrolment = customers.enrolment else { return [] }
        defer { if customers.enrolment != nil { customers.enrolment = enrolment } }
        if Self.isEditing(chord) {
            enrolment.input.handle(chord)
            return []
        }
        switch action {
        case .submit?:
            if enrolment.step == .name, enrolment.input.text.trimmingCharacters(in: .whitespaces).isEmpty {
                customers.message = Message("Type the customer's name", .warning)
                return []
            }
            guard !enrolment.next() else { return [] }
            do throws(CustomerError) {
                let customer = try enrolment.customer(id: environment.newID())
                customers.enrolment = nil
                return [.loyalty(.saveCustomer(customer))]
            } catch {
                customers.message = Message(error.description, .error)
                enrolment = Enrolment()
                return []
            }
        case .cancel?:
            customers.enrolment = nil
            customers.message = Message("Nobody was enrolled", .warning)
        default:
            break
        }
        return []
    }

    /// A scan on the customers screen is a loyalty card: the card of the customer being enrolled, or
    /// the card to look up.
    mutating func customerScanned(_ code: String) -> [Effect] {
        if var enrolment = customers.enrolment {
            guard enrolment.step == .card else {
                customers.message = Message("Scan the card when its step comes (after the phone)", .warning)
                bell = true
                return []
            }
            enrolment.input.clear()
            enrolment.input.insert(code)
            _ = enrolment.next()
            customers.enrolment = enrolment
            return []
        }
        customers.profile = nil
        return [.loyalty(.findCustomers(code))]
    }

    /// What the store answered about customers, vouchers or points.
    mutating func loyaltyAnswered(_ answer: LoyaltyAnswer) -> [Effect] {
        switch answer {
        case .customersFound(let query, let found):
            customers.query = query
            customers.results = found
            customers.table = TableState(selected: found.isEmpty ? nil : 0)
            customers.message = found.isEmpty ? Message("Nobody matches \"\(query)\": F3 enrols a new customer", .warning)
                : Message("\(found.count) found: ↑/↓ and Enter opens", .ok)
            if found.count == 1 { return [.loyalty(.openCustomer(id: found[0].id))] }
        case .customerOpened(let profile):
            customers.profile = profile
            customers.message = nil
        case .customerSaved(let profile):
            customers.profile = profile
            customers.message = Message("\(profile.customer.name) saved; F2 puts them on the sale", .ok)
            if sale.cart.customerID == profile.customer.id { return sale.attach(profile.customer) }
        case .redeemed(let tender, let online):
            payment.voucherPending = nil
            let effects = sale.tenderApproved(tender)
            if sale.committing == nil, let rest = sale.message, rest.kind == .warning {
                let source = online ? "" : " offline (within this till's allowance)"
                sale.message = Message("\(tender.kind.description.capitalized) \(format(tender.amount)) taken\(source); \(rest.text)", .ok)
            }
            return effects
        case .redemptionRefused(let reason):
            payment.voucherPending = nil
            sale.message = Message(reason, .error)
            bell = true
        case .giftCardChecked(let code, let amount, let balance):
            return sale.loadGiftCard(code, amount: amount, balance: balance)
        case .giftCardRefused(let reason):
            sale.message = Message(reason, .error)
            bell = true
        }
        return []
    }
}

extension Customer {
    /// The same customer with the consent to offers changed.
    func withConsent(_ consent: Bool) throws(CustomerError) -> Customer {
        try Customer(id: id, name: name, phone: phone, email: email, cardCode: cardCode, notes: notes, marketingConsent: consent)
    }
}
