import Foundation
public import TermUI
public import TillCore

/// The customers screen's state: the search and what it found, the profile open, or an enrolment
/// under way.
public struct CustomersState: Sendable {
    public var search = TextInput(placeholder: "phone, name or card, Enter · F3 new customer", maxLength: 64)
    /// The last search and what it found.
    public var query = ""
    public var results: [Customer] = []
    public var table = TableState(selected: nil)
    /// The customer open in detail, if any.
    public var profile: CustomerProfile?
    /// The new customer being enrolled, if any.
    public var enrolment: Enrolment?
    public var message: Message?

    public init() {}
}

/// A new customer typed in a few keystrokes: name, phone, card (scan it or skip), consent.
public struct Enrolment: Hashable, Sendable {
    public enum Step: Int, CaseIterable, Sendable {
        case name, phone, card, consent

        /// What the field asks for.
        var prompt: String {
            switch self {
            case .name: "Name › "
            case .phone: "Phone › "
            case .card: "Card › "
            case .consent: "Offers by email or SMS? y/n › "
            }
        }

        var placeholder: String {
            switch self {
            case .name: "first and last name, Enter"
            case .phone: "such as +41 79 123 45 67, Enter (empty: none)"
            case .card: "scan the loyalty card or type its number, Enter (empty: none)"
            case .consent: "y: yes, Enter or n: no"
            }
        }
    }

    public var step = Step.name
    public var answers: [Step: String] = [:]
    public var input = TextInput(placeholder: Step.name.placeholder, maxLength: 80)

    public init() {}

    /// Keeps the typed answer and moves to the next step; false after the last one.
    mutating func next() -> Bool {
        answers[step] = input.commit().trimmingCharacters(in: .whitespaces)
        guard let following = Step(rawValue: step.rawValue + 1) else { return false }
        step = following
        input = TextInput(placeholder: following.placeholder, maxLength: 80)
        return true
    }

    /// The customer the answers describe, under `id`.
    func customer(id: String) throws(CustomerError) -> Customer {
        let consent = answers[.consent]?.lowercased()
        return try Customer(id: id, name: answers[.name] ?? "", phone: answers[.phone], cardCode: answers[.card],
                            marketingConsent: consent == "y" || consent == "yes")
    }
}
