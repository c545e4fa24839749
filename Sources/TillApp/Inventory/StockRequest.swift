public import TillCore
public import TillStore

/// What the stock screen asks of the store: reads, and documents that move stock.
public enum StockRequest: Hashable, Sendable {
    /// Everything the screen shows for a location: transfers in transit, its open count, low stock
    /// and levels below zero.
    case overview(locationID: String)
    /// One product's level at every location.
    case levels(ProductID)
    case receive(Delivery, locationID: String)
    case adjust(StockAdjustment)
    case sendTransfer([TransferLine], from: String, to: String)
    case receiveTransfer(number: String, counted: [ProductID: Quantity])
    case startCount(locationID: String, scope: CountScope)
    case recordCount(CountEntry, ProductID, label: String, count: Int64)
    case postCount(Int64)
    case cancelCount(Int64)

    /// What it was doing, for a failure message ("Receiving the delivery failed: …").
    public var activity: String {
        switch self {
        case .overview: "Reading the stock"
        case .levels: "Reading the product's levels"
        case .receive: "Receiving the delivery"
        case .adjust: "Adjusting the stock"
        case .sendTransfer: "Sending the transfer"
        case .receiveTransfer: "Receiving the transfer"
        case .startCount: "Starting the count"
        case .recordCount: "Recording the count"
        case .postCount: "Posting the count"
        case .cancelCount: "Cancelling the count"
        }
    }

    /// Whether the request changes stock (refused in training mode, which never touches stock).
    public var changesStock: Bool {
        switch self {
        case .overview, .levels: false
        default: true
        }
    }

    /// The permission it needs: receiving and counting, or adjusting (which posting a count and
    /// sending goods away are). Counting into an open count needs none, so anyone can help count
    /// once a supervisor has started it; posting it is what changes stock.
    public var permission: Permission? {
        switch self {
        case .overview, .levels, .recordCount: nil
        case .receive, .receiveTransfer, .startCount, .cancelCount: .receiveStock
        case .adjust, .sendTransfer, .postCount: .adjustStock
        }
    }
}

/// The store's answer to a ``StockRequest``.
public enum StockAnswer: Hashable, Sendable {
    case overview(InventoryOverview)
    case levels(ProductID, [StockOnHand])
    /// A request that changes stock went through: what to tell the person, and the location's
    /// overview read again.
    case recorded(StockRequest, String, InventoryOverview)
}

/// What the stock screen shows of a location besides the document in progress.
public struct InventoryOverview: Hashable, Sendable {
    public var locations: [StockLocation]
    /// Transfers not yet received, sent from or coming to this store.
    public var inTransit: [StockTransfer]
    /// The count open at the location, with its sheet.
    public var openCount: CountSession?
    public var lowStock: [LowStockEntry]
    /// Levels below zero at the location.
    public var exceptions: [StockOnHand]

    public init(locations: [StockLocation] = [], inTransit: [StockTransfer] = [], openCount: CountSession? = nil,
                lowStock: [LowStockEntry] = [], exceptions: [StockOnHand] = []) {
        self.locations = locations
        self.inTransit = inTransit
        self.openCount = openCount
        self.lowStock = lowStock
        self.exceptions = exceptions
    }
}
