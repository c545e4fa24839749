/// One thing wrong with one row of a catalog file, located the way a person finds it in an editor:
/// "line 12: price: \"3,5x\" is not an amount".
public struct CatalogRowError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based line of the file on which the row starts.
    public let line: Int
    /// The column at fault, as the header names it; nil when the whole row or file is at fault.
    public let column: String?
    public let reason: String

    public init(line: Int, column: String? = nil, reason: String) {
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        column.map { "line \(line): \($0): \(reason)" } ?? "line \(line): \(reason)"
    }
}
