/// Everything a key can ask the app to do: the closed set keymap files name, per tig's named requests.
///
/// Raw values are the names used in `keymaps/*.toml`. Screens react to actions, never to keys.
public enum Action: String, CaseIterable, Sendable {
    // Anywhere
    case help
    case quit
    case lock
    case redraw
    case showSale = "show-sale"
    case showMenu = "show-menu"
    case showOrders = "show-orders"
    case showShift = "show-shift"
    case showReports = "show-reports"
    case showCustomers = "show-customers"
    case showInventory = "show-inventory"
    case showFloor = "show-floor"
    // Moving and editing
    case up
    case down
    case pageUp = "page-up"
    case pageDown = "page-down"
    case submit
    case cancel
    case undo
    /// Print the receipt that did not print, or a copy of the last one.
    case printAgain = "print-again"
    /// Show the last printout on screen.
    case showPrintout = "show-printout"
    /// Opens the training menu (a lane in training mode only).
    case showExercises = "show-exercises"
    /// Rings up a random barcoded item as if scanned (a lane in training mode only).
    case scanRandomItem = "scan-random-item"
    /// Finishes a form of several rows (the float count, the blind count).
    case confirm
    // The sale
    case pay
    case voidLine = "void-line"
    case discountLine = "discount-line"
    case discountSale = "discount-sale"
    case overridePrice = "override-price"
    case quantity
    case suspend
    case recall
    case priceCheck = "price-check"
    case attachCustomer = "attach-customer"
    case noSale = "no-sale"
    // Payment
    case cashExact = "cash-exact"
    case cashNextNote = "cash-next-note"
    case card
    case voucher
    case redeemPoints = "redeem-points"
    case removeTender = "remove-tender"
    // Orders
    case refund
    case refundAll = "refund-all"
    case reprint
    case addTip = "add-tip"
    // Customers
    case enrol
    case toggleConsent = "toggle-consent"
    // Stock
    case stockLevels = "stock-levels"
    case stockReceive = "stock-receive"
    case stockAdjust = "stock-adjust"
    case stockTransfer = "stock-transfer"
    case stockCount = "stock-count"
    case stockLow = "stock-low"
    case nextLocation = "next-location"
    // A restaurant check
    case send
    case hold
    case fire
    case seat
    case course
    case splitCheck = "split-check"
    case checkTable = "check-table"
    case printBill = "print-bill"
    case kitchenNote = "kitchen-note"

    /// The keys of a restaurant check, which do nothing on a counter sale.
    public static let checkActions: Set<Action> = [.send, .hold, .fire, .seat, .course, .splitCheck, .checkTable, .printBill,
                                                      .kitchenNote]

    /// Every name a keymap file may use.
    public static let names = Set(allCases.map(\.rawValue))

    /// A short label for hint bars and the help overlay.
    public var label: String {
        switch self {
        case .help: "Help"
        case .quit: "Quit"
        case .lock: "Lock"
        case .redraw: "Redraw"
        case .showSale: "Sale"
        case .showMenu: "Menu"
        case .showOrders: "Orders"
        case .showShift: "Shift"
        case .showReports: "Reports"
        case .showCustomers: "Customers"
        case .showInventory: "Stock"
        case .showFloor: "Floor"
        case .up: "Up"
        case .down: "Down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .submit: "Enter"
        case .cancel: "Cancel"
        case .undo: "Undo"
        case .printAgain: "Print again"
        case .showPrintout: "Printout"
        case .showExercises: "Training"
        case .scanRandomItem: "Scan an item"
        case .confirm: "Done"
        case .pay: "Pay"
        case .voidLine: "Void"
        case .discountLine: "Disc"
        case .discountSale: "Sale disc"
        case .overridePrice: "Price"
        case .quantity: "Qty"
        case .suspend: "Park"
        case .recall: "Recall"
        case .priceCheck: "Price chk"
        case .attachCustomer: "Customer"
        case .noSale: "No sale"
        case .cashExact: "Exact"
        case .cashNextNote: "Next note"
        case .card: "Card"
        case .voucher: "Voucher"
        case .redeemPoints: "Points"
        case .removeTender: "Remove"
        case .refund: "Refund"
        case .refundAll: "All"
        case .reprint: "Reprint"
        case .addTip: "Tip"
        case .enrol: "New"
        case .toggleConsent: "Consent"
        case .stockLevels: "Levels"
        case .stockReceive: "Receive"
        case .stockAdjust: "Adjust"
        case .stockTransfer: "Transfer"
        case .stockCount: "Count"
        case .stockLow: "Low stock"
        case .nextLocation: "Location"
        case .send: "Send"
        case .hold: "Hold"
        case .fire: "Fire"
        case .seat: "Seat"
        case .course: "Course"
        case .splitCheck: "Split"
        case .checkTable: "Table"
        case .printBill: "Bill"
        case .kitchenNote: "Note"
        }
    }
}
