/// A training exercise: what the trainee is told, and the steps Till watches for, in order.
///
/// Exercises ship as data (`exercises/*.toml`), so a trainer can write new ones without a build.
public struct Exercise: Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    /// What to do, one line per step as the trainee reads it.
    public let instructions: [String]
    /// Shown one at a time when the trainee asks.
    public let hints: [String]
    public let steps: [ExerciseStep]
    /// Keystrokes a practised cashier needs; more cost points.
    public let parKeystrokes: Int
    /// Seconds a practised cashier needs; more cost points.
    public let parSeconds: Int

    public init(id: String, title: String, instructions: [String], hints: [String] = [], steps: [ExerciseStep],
                parKeystrokes: Int, parSeconds: Int) {
        self.id = id
        self.title = title
        self.instructions = instructions
        self.hints = hints
        self.steps = steps
        self.parKeystrokes = parKeystrokes
        self.parSeconds = parSeconds
    }
}

/// One thing the trainee must get done.
public enum ExerciseStep: Hashable, Sendable {
    /// A sale completed as described.
    case sale(SaleGoal)
    /// Goods given back as described.
    case refund([ItemGoal])
    /// A sale parked.
    case park
    /// A parked sale recalled.
    case recall
    /// The drawer opened without a sale, with a reason.
    case noSale
    /// Cash taken out of the drawer (a paid out).
    case paidOut
    /// The shift closed with a blind count.
    case blindClose
}

/// What a completed sale must hold: exactly these items, and optionally how it was paid and what
/// else happened on it.
public struct SaleGoal: Hashable, Sendable {
    public let items: [ItemGoal]
    /// The kinds of tender used, in any order; nil accepts any payment.
    public let tenders: Set<TenderKind>?
    /// Whether a customer must be attached.
    public let customer: Bool
    /// Whether the sale or one of its lines must carry a discount.
    public let discount: Bool
    /// Lines that must have been voided on the way (the voids the exercise asks for are no mistakes).
    public let voidedLines: Int

    public init(items: [ItemGoal], tenders: Set<TenderKind>? = nil, customer: Bool = false, discount: Bool = false,
                voidedLines: Int = 0) {
        self.items = items
        self.tenders = tenders
        self.customer = customer
        self.discount = discount
        self.voidedLines = voidedLines
    }
}

/// A product in a quantity, with its chosen options.
public struct ItemGoal: Hashable, Sendable {
    public let product: ProductID
    /// Nil accepts any quantity (a weighed item whatever it weighed).
    public let quantity: Quantity?
    /// Option ids, in any order ("large", "oat").
    public let options: Set<String>

    public init(product: ProductID, quantity: Quantity? = .one, options: Set<String> = []) {
        self.product = product
        self.quantity = quantity
        self.options = options
    }
}
