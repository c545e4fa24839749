/// Checked arithmetic for report figures: an overflow is `ReportError.overflow`, never a trap.
enum ReportMath {
    static func add(_ a: Int64, _ b: Int64) throws(ReportError) -> Int64 {
        try checked { () throws(MoneyError) in try Checked.add(a, b) }
    }

    /// Counts added up, as checked as the amounts: a damaged counter must not trap.
    static func add(_ a: Int, _ b: Int) throws(ReportError) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        guard !overflow else { throw .overflow }
        return sum
    }

    static func subtract(_ a: Int64, _ b: Int64) throws(ReportError) -> Int64 {
        try checked { () throws(MoneyError) in try Checked.subtract(a, b) }
    }

    static func sum<S: Sequence>(_ values: S) throws(ReportError) -> Int64 where S.Element == Int64 {
        try checked { () throws(MoneyError) in try Checked.sum(values) }
    }

    /// `numerator / denominator` rounded half up; zero when there is nothing to divide by.
    static func average(_ numerator: Int64, over denominator: Int64) throws(ReportError) -> Int64 {
        guard denominator != 0 else { return 0 }
        return try checked { () throws(MoneyError) in try RoundingMode.halfUp.divide(numerator, by: denominator) }
    }

    /// Runs money arithmetic, reading any failure as an overflow: reports never divide by zero or parse.
    static func checked<T>(_ body: () throws(MoneyError) -> T) throws(ReportError) -> T {
        do { return try body() } catch { throw .overflow }
    }
}

extension Dictionary where Value == Int64 {
    /// Adds `amount` to the value under `key`, starting from zero, with overflow checked.
    mutating func add(_ amount: Int64, to key: Key) throws(ReportError) {
        self[key] = try ReportMath.add(self[key] ?? 0, amount)
    }

    /// Takes `amount` off the value under `key`, starting from zero, with overflow checked.
    mutating func subtract(_ amount: Int64, from key: Key) throws(ReportError) {
        self[key] = try ReportMath.subtract(self[key] ?? 0, amount)
    }
}
