/// A bill shared evenly: `count` parts that always add up to the total, to the cent.
public enum EvenSplit {
    /// The parts of `total`, in steps of `increment` (the smallest cash coin) so each part but the last
    /// can be paid in cash without rounding; the cents that do not make a step go on the last part,
    /// whose payment settles the bill. Parts differ by at most one step, the larger ones first.
    public static func parts(of total: Int64, into count: Int, increment: Int64 = 1) throws(CheckError) -> [Int64] {
        guard (2...99).contains(count) else { throw .badSplit("split into 2 to 99 parts, not \(count)") }
        guard total > 0 else { throw .badSplit("there is nothing to pay") }
        let step = max(1, increment)
        let (steps, rest) = total.quotientAndRemainder(dividingBy: step)
        var parts: [Int64]
        do {
            parts = try Allocation.split(steps, weights: Array(repeating: 1, count: count)).map { $0 * step }
        } catch {
            throw .badSplit("\(error)")
        }
        parts[count - 1] += rest
        return parts
    }
}
