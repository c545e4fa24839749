/// The cash amounts a customer most likely hands over: the exact amount due, then the next round
/// amounts in the drawer's notes — the quick keys of the payment screen.
public enum QuickCash {
    /// Up to `count` amounts in ascending order, the first being `due` itself.
    public static func amounts(due: Int64, notes: [Int64], count: Int = 4) -> [Int64] {
        guard due > 0 else { return [] }
        var amounts = [due]
        for note in notes.filter({ $0 > 0 }).sorted() {
            let (quotient, remainder) = due.quotientAndRemainder(dividingBy: note)
            let (next, overflow) = note.multipliedReportingOverflow(by: quotient + (remainder == 0 ? 0 : 1))
            if !overflow, !amounts.contains(next) { amounts.append(next) }
        }
        return Array(amounts.sorted().prefix(count))
    }
}
