import GRDB

extension StoreError {
    /// Turns whatever a GRDB call threw into a store error, so no GRDB type crosses the module's API.
    ///
    /// A `StoreError` thrown inside a transaction (a refused change) comes out unchanged.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let storeError = error as? StoreError {
            return storeError
        }
        if let unreadable = error as? UnreadableProduct {
            return .invalidData(path: path, reason: unreadable.reason)
        }
        guard let databaseError = error as? DatabaseError else {
            return .sqlite(path: path, code: ResultCode.SQLITE_ERROR.rawValue, message: "\(error)")
        }
        return fromSQLite(
            code: databaseError.resultCode.rawValue,
            message: databaseError.message ?? "no message",
            path: path)
    }

    /// Maps SQLite's primary result codes to the cases a person can act on.
    static func fromSQLite(code: Int32, message: String, path: String) -> StoreError {
        switch ResultCode(rawValue: code) {
        case .SQLITE_FULL: .diskFull(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: .databaseLocked(path: path)
        case .SQLITE_READONLY: .readOnly(path: path)
        case .SQLITE_CANTOPEN: .cannotOpenDatabase(path: path)
        case .SQLITE_PERM, .SQLITE_AUTH: .permissionDenied(path: path)
        default: .sqlite(path: path, code: code, message: message)
        }
    }
}
