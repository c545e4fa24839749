/// The screen in front of the cashier.
public enum Route: Hashable, Sendable {
    case login
    case sale
    case payment
    case shift
    case menu
    case orders
    case reports
    case inventory
    case customers
    /// The restaurant's tables and their checks.
    case floor

    /// The keymap context whose bindings apply on this screen.
    public var keymapContext: String {
        switch self {
        case .login: "login"
        case .sale: "sale"
        case .payment: "payment"
        case .shift: "shift"
        case .menu: "menu"
        case .orders: "orders"
        case .reports: "reports"
        case .inventory: "inventory"
        case .customers: "customers"
        case .floor: "floor"
        }
    }

    /// The screen's name in the status bar.
    public var title: String {
        switch self {
        case .login: "Log in"
        case .sale: "Sale"
        case .payment: "Payment"
        case .shift: "Shift"
        case .menu: "Menu"
        case .orders: "Orders"
        case .reports: "Reports"
        case .inventory: "Stock"
        case .customers: "Customers"
        case .floor: "Floor"
        }
    }
}
