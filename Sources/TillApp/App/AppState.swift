public import Foundation
public import TillCore
public import TillDevices

/// Everything the screens show, in one value: the reducer changes it, the screens draw it.
public struct AppState {
    public var profile: TerminalProfile
    public var route: Route
    /// Who is logged in; kept while the screen is locked, so the sale waits for them.
    public var user: StaffMember?
    public var sale: SaleSession
    public var menu = MenuState()
    public var orders = OrdersState()
    public var reports = ReportsState()
    public var inventory = InventoryState()
    public var customers = CustomersState()
    public var restaurant = RestaurantState()
    public var training = TrainingState()
    /// Where the menu reads categories and items; nil on a terminal without a catalog.
    public let menuCatalog: (any MenuCatalog)?
    public var login = LoginForm()
    public var payment = PaymentForm()
    /// This terminal's unclosed shift, as the store last reported it.
    public var shift: Shift?
    public var shiftForm: ShiftForm
    public var overlay: Overlay?
    public var now: Date
    public var lastActivity: Date
    public var sync = SyncStatus()
    /// The receipt printer as the print worker last reported it.
    public var printer = PrinterState.none
    /// Whether the drawer is open, as the printer's sensor last said (false where it cannot say).
    public var drawerOpen = false
    /// The last job the printer printed, as the preview renders it; nil until one prints.
    public var lastPrintout: [String]?
    /// The last receipt the printer gave up on, which Ctrl-P prints again (as the original).
    public var unprintedReceipt: (saleID: String, receipt: Int64)?
    /// Background scanners that cannot scan right now, and why (a ready scanner is not listed).
    public var unavailableScanners: [ScanSource: ScannerState] = [:]
    /// Where weighing the item on screen stands, on a lane with a scale.
    public var scale = ScaleRequest.idle
    /// Set when the cashier must hear something went wrong (a refused scan); the runtime rings the
    /// terminal's bell and clears it.
    public var bell = false
    public var wantsToQuit = false
    /// Set, with `wantsToQuit`, when a trainer moves the lane into training or back: the runtime
    /// reopens the app on the other store.
    public var laneChange: LaneChange?
    /// Set by the redraw key; the runtime repaints every cell and clears it.
    public var needsFullRedraw = false
    /// Set at login: the shift the store reports next decides between the sale and the float count.
    var awaitingShiftCheck = false

    /// A terminal at its login screen; `sale` carries a cart a crash interrupted, if any.
    public init(profile: TerminalProfile, sale: SaleSession, menu: (any MenuCatalog)? = nil, now: Date) {
        self.profile = profile
        self.menuCatalog = menu
        self.route = .login
        self.sale = sale
        self.shiftForm = ShiftForm(denominations: profile.denominations)
        self.now = now
        self.lastActivity = now
    }

    /// Puts `user` on the sale screen without a PIN: for the simulator and tests, never for a keyboard.
    public mutating func startSelling(as user: StaffMember) {
        self.user = user
        route = .sale
        sale.cashierID = user.id
    }

    public var currency: Currency { profile.pricing.currency }

    /// Formats minor units in the store's currency.
    public func format(_ minorUnits: Int64) -> String { Money(minorUnits: minorUnits, currency: currency).formatted() }
}

/// What the status bar says about sync: events the hub has not acknowledged yet.
public struct SyncStatus: Hashable, Sendable {
    public var unsynced = 0
    public var oldest: Date?
    /// Whether a hub is configured and answered last time; false until sync runs.
    public var online = false
    /// Why the last round of sync failed; nil while it works (or no hub is paired).
    public var problem: SyncProblem?
    /// When the store was last asked.
    public var checkedAt: Date?
    /// Print jobs waiting for the printer.
    public var queuedPrints = 0

    /// How often the status bar's figures are re-read while the till is idle.
    static let refreshInterval: TimeInterval = 5
}

/// Why sync with the hub failed, and whether it is more than being offline.
public struct SyncProblem: Hashable, Sendable {
    public let text: String
    /// True when someone must act (the till was revoked, the hub refuses its events); an unreachable
    /// hub only waits.
    public let needsManager: Bool

    public init(text: String, needsManager: Bool) {
        self.text = text
        self.needsManager = needsManager
    }
}

/// A panel drawn over the screen that takes the keys until it closes.
public enum Overlay: Hashable, Sendable {
    case help
    /// The last thing the printer printed, as text: the demo's and a trainer's view of the paper.
    case printout
    case approval(ApprovalPrompt)
    case recall(RecallList)
    /// The training menu: exercises to start, hints of the one under way.
    case exercises(ExerciseMenu)
    /// Asks to confirm moving the lane into training or back to the live store.
    case laneChange(LaneChange)
}
