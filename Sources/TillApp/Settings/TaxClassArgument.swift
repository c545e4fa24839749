public import TillCore

/// Reads the `CLASS=RATE` form `till init --tax` takes (`standard=8.1`), so the command line and its
/// tests share one reading of it.
public enum TaxClassArgument {
    /// The class `text` names; the rate is a percentage with at most 4 decimals, `%` allowed after it.
    public static func parse(_ text: String) throws(StoreSetupError) -> TaxClass {
        guard let equals = text.firstIndex(of: "=") else {
            throw .badTaxClass(text, reason: "write CLASS=RATE, for example standard=8.1")
        }
        let code = String(text[..<equals])
        var rateText = Substring(text[text.index(after: equals)...])
        if rateText.hasSuffix("%") { rateText.removeLast() }
        if let problem = codeProblem(code) { throw .badTaxClass(text, reason: problem) }
        do {
            return TaxClass(code: code, rate: try TaxRate(percent: String(rateText)))
        } catch {
            throw .badTaxClass(text, reason: rateProblem)
        }
    }

    /// Why `code` cannot name a tax class, or nil; the same rule as terminal ids.
    static func codeProblem(_ code: String) -> String? {
        TerminalSettings.nameProblem(code).map { "the class name \($0)" }
    }

    static let rateProblem = "the rate must be a percentage from 0 to 100 with at most 4 decimals, such as 8.1"
}
