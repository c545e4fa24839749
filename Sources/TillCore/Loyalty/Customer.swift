import Foundation

/// A person the shop knows by name, card or phone, so a sale can earn and spend loyalty points.
///
/// The phone number is kept normalized (digits and a leading +), so "+41 79 123 45 67" typed at the
/// till finds the customer saved as "+41791234567". Blank optional fields are stored as absent, so an
/// empty card code can never match another empty card code.
public struct Customer: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let phone: String?
    public let email: String?
    /// The code printed on the loyalty card, as its scanner reads it.
    public let cardCode: String?
    public let notes: String
    /// Whether the customer agreed to receive offers; never assumed.
    public let marketingConsent: Bool

    /// A customer with a non-blank id and name; text fields are trimmed and the phone normalized.
    public init(
        id: String, name: String, phone: String? = nil, email: String? = nil, cardCode: String? = nil,
        notes: String = "", marketingConsent: Bool = false
    ) throws(CustomerError) {
        guard !id.allSatisfy(\.isWhitespace) else { throw .blankID }
        let trimmedName = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedName.isEmpty else { throw .blankName(id: id) }
        let typedPhone = Self.present(phone)
        let normalized = typedPhone.map(Self.normalizedPhone)
        guard normalized?.contains(where: \.isNumber) != false else { throw .phoneWithoutDigits(id: id) }
        self.id = id
        self.name = trimmedName
        self.phone = normalized
        self.email = Self.present(email)
        self.cardCode = Self.present(cardCode)
        self.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        self.marketingConsent = marketingConsent
    }

    /// A phone number as stored and searched: its ASCII digits, after a + if it began with one.
    public static func normalizedPhone(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = trimmed.unicodeScalars.filter { ("0"..."9").contains($0) }
        return (trimmed.hasPrefix("+") ? "+" : "") + String(String.UnicodeScalarView(digits))
    }

    /// The trimmed text, or nil when nothing but spaces was given.
    private static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, phone, email, cardCode, notes, marketingConsent
    }

    /// Decodes through the validating initialiser, so a damaged record cannot slip past the checks.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(String.self, forKey: .id),
            name: container.decode(String.self, forKey: .name),
            phone: container.decodeIfPresent(String.self, forKey: .phone),
            email: container.decodeIfPresent(String.self, forKey: .email),
            cardCode: container.decodeIfPresent(String.self, forKey: .cardCode),
            notes: container.decode(String.self, forKey: .notes),
            marketingConsent: container.decode(Bool.self, forKey: .marketingConsent)
        )
    }
}
