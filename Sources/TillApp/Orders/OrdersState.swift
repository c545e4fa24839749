public import TermUI
public import TillCore
public import TillStore

/// The orders screen's state: today's sales, the receipt being looked at, and a refund being put together.
public struct OrdersState {
    public var sales: [SaleSummary] = []
    public var table = TableState(selected: nil)
    /// A receipt number typed to find a sale.
    public var search = TextInput(placeholder: "receipt number, Enter", maxLength: 9)
    /// The receipt open in detail, if any.
    public var detail: OrderDetail?
    /// The refund being put together on the open receipt, if any.
    public var refund: RefundForm?
    /// The tip being typed for the open receipt's card payment, if any.
    public var tip: TextInput?
    public var message: Message?

    public init() {}
}

/// A committed sale as the orders screen shows it: the order and the refunds already made against it.
public struct OrderDetail: Hashable, Sendable {
    public let receiptNumber: Int64
    public let order: Order
    public let refunds: [Refund]
    /// How much of each line has been refunded, by line id, summed once from `refunds`.
    public let refunded: [Int: Quantity]
    /// The tip added to its card payment after the sale, if any.
    public let tip: SaleTip?

    public init(receiptNumber: Int64, order: Order, refunds: [Refund], tip: SaleTip? = nil) {
        self.receiptNumber = receiptNumber
        self.order = order
        self.refunds = refunds
        self.tip = tip
        refunded = refunds.flatMap(\.lines).reduce(into: [:]) { sums, line in
            guard let id = line.lineID else { return }
            sums[id] = Quantity(thousandths: (sums[id]?.thousandths ?? 0) + line.quantity.thousandths)
        }
    }

    /// What is left to refund of a line.
    public func refundable(_ line: CartLine) -> Quantity {
        Quantity(thousandths: line.quantity.thousandths - (refunded[line.id]?.thousandths ?? 0))
    }

    /// The approved card payment a tip would be added to: the last one.
    public var cardPayment: Tender? { order.tenders.last { $0.kind == .card && $0.reference != nil } }

    /// The lines that were sold (not voided), in order.
    public var soldLines: [CartLine] { order.cart.activeLines }
}

/// The quantities chosen to refund, line by line, before the refund is worked out and approved.
public struct RefundForm: Hashable, Sendable {
    public var quantities: [Int: Quantity] = [:]
    public var table = TableState(selected: 0)
    public var entry = TextInput(placeholder: "quantity to refund, Enter (empty: all of the line)", maxLength: 9)

    public init() {}

    /// The chosen quantities without the zeros, as the refund calculator takes them.
    public var items: [Int: Quantity] { quantities.filter { $0.value.thousandths > 0 } }
}
