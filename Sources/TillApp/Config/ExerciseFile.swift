public import TillCore
import TOMLKit

/// Reads `exercises/NAME.toml`: a training exercise, its instructions, hints and the steps Till
/// checks, so trainers write exercises without a build.
///
/// ```toml
/// version = 1
/// id = "flat-whites"
/// title = "Three flat whites"
/// instructions = ["Ring up three flat whites, one with oat milk; the guest pays by card.", "Refund the oat one."]
/// hints = ["105 and Enter rings up a flat white; 1 picks Regular."]
/// par-keystrokes = 30        # what a practised cashier needs
/// par-seconds = 90
///
/// [step1]
/// kind = "sale"              # sale, refund, park, recall, no-sale, paid-out or blind-close
/// items = ["2 flat-white regular", "1 flat-white regular+oat"]   # quantity (or "any"), product id, options
/// tenders = ["card"]         # the kinds of tender used; any when left out
/// customer = false           # a customer attached
/// discount = false           # a line or sale discount
/// voided-lines = 0           # voids the sale asks for (others are mistakes)
///
/// [step2]
/// kind = "refund"
/// items = ["1 flat-white regular+oat"]
/// ```
public enum ExerciseFile {
    private static let id = SettingsKey(table: "", name: "id")
    private static let title = SettingsKey(table: "", name: "title")
    private static let instructions = SettingsKey(table: "", name: "instructions")
    private static let hints = SettingsKey(table: "", name: "hints")
    private static let parKeystrokes = SettingsKey(table: "", name: "par-keystrokes")
    private static let parSeconds = SettingsKey(table: "", name: "par-seconds")

    /// The exercise in `text`; `file` names it in problems.
    public static func parse(_ text: String, file: String) throws(ConfigProblem) -> Exercise {
        let document = try ConfigDocument(file: file, text: text)
        let root = SettingsTable(document: document, path: [], table: document.root)
        let stepNames = root.table.keys.filter { $0.hasPrefix("step") }.sorted { (Int($0.dropFirst(4)) ?? 0) < (Int($1.dropFirst(4)) ?? 0) }
        try root.rejectUnknownKeys(["version", id.name, title.name, instructions.name, hints.name, parKeystrokes.name, parSeconds.name]
                                   + stepNames)
        for (index, name) in stepNames.enumerated() where name != "step\(index + 1)" {
            throw document.problem([name], "steps are numbered step1, step2, … without gaps; expected step\(index + 1)")
        }
        let exerciseID = try root.required(try root.string(id), id, "the exercise's name in files and scores, such as \"first-sale\"")
        if let problem = TerminalSettings.nameProblem(exerciseID) { throw document.problem(id.path, problem) }
        var steps: [ExerciseStep] = []
        for name in stepNames {
            guard let table = try root.table(name) else { continue }
            steps.append(try ExerciseStepTable(table: table).step())
        }
        guard !steps.isEmpty else { throw document.problem([], "has no steps: add [step1] with a kind") }
        return Exercise(
            id: exerciseID, title: try root.required(try root.string(title), title, "the title the training menu lists"),
            instructions: try root.required(try root.strings(instructions), instructions, "what to do, a line per step"),
            hints: try root.strings(hints) ?? [], steps: steps,
            parKeystrokes: try root.int(parKeystrokes) ?? 20 * steps.count, parSeconds: try root.int(parSeconds) ?? 60 * steps.count)
    }
}

/// One `[stepN]` table.
private struct ExerciseStepTable {
    let table: SettingsTable

    private static func key(_ name: String, in table: SettingsTable) -> SettingsKey {
        SettingsKey(table: table.path.last ?? "", name: name)
    }

    private enum Kind: String, CaseIterable {
        case sale, refund, park, recall
        case noSale = "no-sale"
        case paidOut = "paid-out"
        case blindClose = "blind-close"
    }

    func step() throws(ConfigProblem) -> ExerciseStep {
        let kindKey = Self.key("kind", in: table)
        let kind = try table.required(try table.choice(kindKey, Kind.self), kindKey, "what the step asks for")
        let names = ["kind"] + (kind == .sale ? ["items", "tenders", "customer", "discount", "voided-lines"] : kind == .refund ? ["items"] : [])
        try table.rejectUnknownKeys(names)
        switch kind {
        case .sale:
            return .sale(SaleGoal(items: try items(), tenders: try tenders(), customer: try table.bool(Self.key("customer", in: table)) ?? false,
                                  discount: try table.bool(Self.key("discount", in: table)) ?? false,
                                  voidedLines: try table.int(Self.key("voided-lines", in: table)) ?? 0))
        case .refund: return .refund(try items())
        case .park: return .park
        case .recall: return .recall
        case .noSale: return .noSale
        case .paidOut: return .paidOut
        case .blindClose: return .blindClose
        }
    }

    /// "2 flat-white regular+oat", "any apples", "1 espresso".
    private func items() throws(ConfigProblem) -> [ItemGoal] {
        let key = Self.key("items", in: table)
        let texts = try table.required(try table.strings(key), key, "the items, such as [\"2 espresso\", \"1 latte large+oat\"]")
        var goals: [ItemGoal] = []
        for text in texts {
            let words = text.split(separator: " ")
            guard (2...3).contains(words.count) else {
                throw table.document.problem(key.path, "\"\(text)\" is not QUANTITY PRODUCT [OPTION+OPTION]")
            }
            let quantity: Quantity?
            if words[0] == "any" {
                quantity = nil
            } else if let count = Int64(words[0]), count > 0 {
                quantity = .each(count)
            } else {
                throw table.document.problem(key.path, "\"\(words[0])\" in \"\(text)\" is not a count or \"any\"")
            }
            let options = words.count == 3 ? Set(words[2].split(separator: "+").map(String.init)) : []
            goals.append(ItemGoal(product: ProductID(String(words[1])), quantity: quantity, options: options))
        }
        return goals
    }

    private func tenders() throws(ConfigProblem) -> Set<TenderKind>? {
        let key = Self.key("tenders", in: table)
        guard let names = try table.strings(key) else { return nil }
        var kinds: Set<TenderKind> = []
        for name in names {
            switch name {
            case "cash": kinds.insert(.cash)
            case "card": kinds.insert(.card)
            case "voucher": kinds.insert(.voucher)
            case "store-credit": kinds.insert(.storeCredit)
            default: throw table.document.problem(key.path, "\"\(name)\" is not a tender (cash, card, voucher, store-credit)")
            }
        }
        return kinds
    }
}
