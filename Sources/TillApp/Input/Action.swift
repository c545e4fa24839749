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
    case removeTender = "remove-tender"
    // Orders
    case refund
    case refundAll = "refund-all"
    case reprint

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
        case .up: "Up"
        case .down: "Down"
        case .pageUp: "Page up"
        case .pageDown: "Page down"
        case .submit: "Enter"
        case .cancel: "Cancel"
        case .undo: "Undo"
        case .printAgain: "Print again"
        case .showPrintout: "Printout"
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
        case .removeTender: "Remove"
        case .refund: "Refund"
        case .refundAll: "All"
        case .reprint: "Reprint"
        }
    }
}
