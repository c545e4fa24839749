/// Something that happened at a lane in training, as an exercise sees it.
public enum TrainingFact: Hashable, Sendable {
    case saleCompleted(Order)
    /// A refund, with the sale it gives back against when there is one (its lines' options).
    case refunded(Refund, of: Order?)
    case parked
    case recalled
    case noSale
    case paidOut
    case blindClose
    /// A line voided during a sale.
    case lineVoided
    /// Till refused something or said it was wrong: a mistake the trainee made.
    case refused(String)
    /// A key pressed.
    case keystroke
}
