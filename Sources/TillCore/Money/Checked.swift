/// Int64 arithmetic that reports overflow as `MoneyError.overflow` instead of trapping.
public enum Checked {
    public static func add(_ a: Int64, _ b: Int64) throws(MoneyError) -> Int64 {
        let (value, overflow) = a.addingReportingOverflow(b)
        if overflow { throw .overflow }
        return value
    }

    public static func subtract(_ a: Int64, _ b: Int64) throws(MoneyError) -> Int64 {
        let (value, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw .overflow }
        return value
    }

    public static func multiply(_ a: Int64, _ b: Int64) throws(MoneyError) -> Int64 {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw .overflow }
        return value
    }

    /// The sum of all values, or `.overflow`.
    public static func sum<S: Sequence>(_ values: S) throws(MoneyError) -> Int64 where S.Element == Int64 {
        var total: Int64 = 0
        for value in values { total = try add(total, value) }
        return total
    }
}
