import Foundation
import TillCore

/// Staff shared by the staff tests; built with `try` so a bad fixture fails the test instead of trapping.
enum StaffFixtures {
    static func member(_ id: String, _ role: Role, active: Bool = true) throws -> StaffMember {
        try StaffMember(id: id, name: id.capitalized, role: role, isActive: active)
    }
}
