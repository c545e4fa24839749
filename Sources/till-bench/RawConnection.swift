import GRDBSQLite

/// A bare SQLite connection through the C API, so a baseline does its work with nothing of Till in between.
final class RawConnection {
    fileprivate let handle: OpaquePointer?

    /// Opens `path` as the store opens it: WAL, `synchronous=FULL`, foreign keys on, temp tables in memory.
    init(path: String) throws {
        var handle: OpaquePointer?
        let opened = sqlite3_open(path, &handle)
        self.handle = handle
        guard opened == SQLITE_OK else { throw RawSQLiteError(message: "open \(path)") }
        for pragma in ["PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"] {
            try exec(pragma)
        }
    }

    /// Waits for statements still alive to be finalized before closing.
    deinit { sqlite3_close_v2(handle) }

    func exec(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw error(sql) }
    }

    func prepare(_ sql: String) throws -> RawStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK else {
            throw error(sql)
        }
        return RawStatement(connection: self, handle: statement)
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    fileprivate func error(_ context: String) -> RawSQLiteError {
        RawSQLiteError(message: "\(context): \(String(cString: sqlite3_errmsg(handle)))")
    }
}

/// A prepared statement of a `RawConnection`, reused for every row as a careful C programmer would.
final class RawStatement {
    private let connection: RawConnection
    private let handle: OpaquePointer?

    fileprivate init(connection: RawConnection, handle: OpaquePointer?) {
        self.connection = connection
        self.handle = handle
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ text: String?) {
        if let text { sqlite3_bind_text(handle, index, text, -1, Self.transient) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ number: Int64) {
        sqlite3_bind_int64(handle, index, number)
    }

    /// Binds `values` in order and runs the statement.
    func run(_ values: RawValue...) throws {
        for (offset, value) in values.enumerated() {
            switch value {
            case .int(let number): bind(Int32(offset + 1), number)
            case .text(let text): bind(Int32(offset + 1), text)
            }
        }
        try run()
    }

    /// Steps a statement that returns no rows, then resets it for the next use.
    func run() throws {
        defer { sqlite3_reset(handle) }
        guard sqlite3_step(handle) == SQLITE_DONE else { throw connection.error("step") }
    }

    /// Steps through every row, handing each to `row`, then resets the statement.
    func rows(_ row: (RawStatement) -> Void) throws {
        defer { sqlite3_reset(handle) }
        while true {
            switch sqlite3_step(handle) {
            case SQLITE_ROW: row(self)
            case SQLITE_DONE: return
            default: throw connection.error("step")
            }
        }
    }

    func text(_ column: Int32) -> String? {
        sqlite3_column_text(handle, column).map { String(cString: $0) }
    }

    func int(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// Reads every column of the current row as a C caller would (text as its bytes, numbers as
    /// integers), and says how many there were.
    func readAll() -> Int {
        let count = sqlite3_column_count(handle)
        for column in 0..<count {
            if sqlite3_column_type(handle, column) == SQLITE_TEXT {
                _ = sqlite3_column_text(handle, column)
                _ = sqlite3_column_bytes(handle, column)
            } else {
                _ = sqlite3_column_int64(handle, column)
            }
        }
        return Int(count)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bound text, as Swift strings do not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// A value to bind to a statement's next parameter.
enum RawValue {
    case int(Int64)
    case text(String?)
}

/// A C API call failed, with SQLite's message.
struct RawSQLiteError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
