import Foundation

/// A person who may log in to a till; the policy decides what they may do from their role.
///
/// Deactivating a member, rather than deleting them, keeps every journal line that names them readable.
/// PIN hashes live elsewhere: they need crypto, which the core does not import.
public struct StaffMember: Hashable, Codable, Sendable, Identifiable {
    public let id: String
    public let name: String
    public let role: Role
    public let isActive: Bool

    /// A member with a non-blank id and name; blank ids would make two people look like one.
    public init(id: String, name: String, role: Role, isActive: Bool = true) throws(StaffError) {
        guard !id.allSatisfy(\.isWhitespace) else { throw .blankID }
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .blankName(id: id) }
        self.id = id
        self.name = trimmed
        self.role = role
        self.isActive = isActive
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, role, isActive
    }

    /// Decodes through the validating initialiser, so a damaged record cannot slip past the checks.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            id: container.decode(String.self, forKey: .id),
            name: container.decode(String.self, forKey: .name),
            role: container.decode(Role.self, forKey: .role),
            isActive: container.decode(Bool.self, forKey: .isActive)
        )
    }
}
