public import TermUI
public import TillCore
public import TillStore

/// What the stock screen is doing: looking levels up, or putting a document together.
public enum InventoryMode: Hashable, Sendable, CaseIterable {
    case levels, receive, adjust, transfer, count, lowStock

    /// The tab's title.
    public var title: String {
        switch self {
        case .levels: "Levels"
        case .receive: "Receive"
        case .adjust: "Adjust"
        case .transfer: "Transfer"
        case .count: "Count"
        case .lowStock: "Low stock"
        }
    }

    /// The key action that opens the tab.
    var action: Action {
        switch self {
        case .levels: .stockLevels
        case .receive: .stockReceive
        case .adjust: .stockAdjust
        case .transfer: .stockTransfer
        case .count: .stockCount
        case .lowStock: .stockLow
        }
    }
}

/// The stock screen's state: the location worked at, the tab, the document in progress, and what
/// the store last said about the location. Drafts survive leaving the screen, as a parked sale does.
public struct InventoryState: Sendable {
    public var mode = InventoryMode.levels
    public var locationID = StockLocation.floor.id
    public var overview = InventoryOverview()
    public var input = TextInput(placeholder: "scan or type a code", maxLength: 64)
    public var message: Message?
    /// The product looked up on the levels tab, with its level at each location once read.
    public var lookup: StockLookup?
    /// Lines of the delivery being received or the transfer being sent.
    public var draft = StockDraft()
    /// The adjustment waiting for its reason.
    public var adjustment: PendingAdjustment?
    /// The transfer being received here, with the quantities counted that differ from those sent.
    public var receiving: ReceivingTransfer?
    public var table = TableState(selected: nil)

    public init() {}
}

/// A delivery or an outgoing transfer being put together line by line.
public struct StockDraft: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public let productID: ProductID
        public let label: String
        public var quantity: Quantity
        public var unitCost: Int64?
    }

    public var lines: [Line] = []
    /// The supplier's delivery note, for a delivery.
    public var reference: String?
    /// Where a transfer goes.
    public var destination: String?

    /// Adds `quantity` of a product: to its line when it has one (scanning the same item again
    /// counts it again), else as a new line at the end. Returns the line's index.
    @discardableResult
    public mutating func add(_ product: Product, quantity: Quantity) -> Int {
        if let index = lines.firstIndex(where: { $0.productID == product.id }) {
            lines[index].quantity = Quantity(thousandths: lines[index].quantity.thousandths + quantity.thousandths)
            return index
        }
        lines.append(Line(productID: product.id, label: product.name, quantity: quantity, unitCost: nil))
        return lines.count - 1
    }
}

/// A product looked up on the levels tab, and its level at each location once the store answers.
public struct StockLookup: Hashable, Sendable {
    public let product: Product
    public var levels: [StockOnHand]?
}

/// An adjustment whose product and quantity are known, waiting for a reason (1–8).
public struct PendingAdjustment: Hashable, Sendable {
    public let product: Product
    public let quantity: Quantity
}

/// A transfer being received: as sent, except the quantities typed or scanned differently.
public struct ReceivingTransfer: Hashable, Sendable {
    public let transfer: StockTransfer
    public var counted: [ProductID: Quantity] = [:]

    /// What arrives of a line: what was counted, else what was sent.
    public func received(_ line: TransferLine) -> Quantity { counted[line.productID] ?? line.sent }
}
