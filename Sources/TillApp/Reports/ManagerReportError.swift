public import TillCore
public import TillStore

/// Why a report could not be shown or a Z report taken, worded so the manager knows what to do.
public enum ManagerReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The store could not be opened.
    case setup(StoreSetupError)
    /// The store refused or could not read: a period already closed, a shift still open, damaged rows.
    case store(StoreError)
    /// The figures could not be worked out from what the store holds.
    case report(ReportError)
    /// The staff number and PIN let nobody in; why, in words.
    case notLoggedIn(String)
    /// The member is who they say, but their role may not do this.
    case notPermitted(name: String, role: Role, permission: Permission)
    /// No Z report has this number.
    case noSuchZ(Int)

    public var description: String {
        switch self {
        case .setup(let error): error.description
        case .store(let error): error.description
        case .report(let error): error.description
        case .notLoggedIn(let reason): reason
        case .notPermitted(let name, let role, let permission):
            "\(name) (\(role.rawValue)) does not hold the \(permission) permission; ask someone who does."
        case .noSuchZ(let number): "There is no Z report \(number) on this terminal."
        }
    }
}
