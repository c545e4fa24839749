public import TillDevices

/// Where this terminal's receipt printer, cash drawer and scanner are, and how to drive them.
public struct DeviceSettings: Equatable, Sendable {
    /// The receipt printer, such as `tcp://192.168.1.50:9100`, `usb://04b8:0e28` or `/dev/usb/lp0`;
    /// nil for a lane without one.
    public var printer: String?
    /// The printer's profile: a built-in name or a file in `printers/`, by name without `.toml`.
    public var printerProfile: String
    /// The drawer kick-out pin the drawer hangs on (2 or 5), or 0 for no drawer.
    public var drawerPin: Int
    /// How long the drawer's solenoid is driven, then rested, in milliseconds (at most 20 % on).
    public var drawerOnMilliseconds: Int
    public var drawerOffMilliseconds: Int
    /// The level the drawer's switch puts on the printer's sensor pin when the drawer is open; it
    /// differs between drawer models, so the status bar's "Drawer open" depends on it.
    public var drawerOpenLevel: DrawerLevel
    /// A serial barcode scanner, such as `/dev/ttyACM0`; a scanner in keyboard mode needs nothing here.
    public var scanner: String?
    /// A 2×20 customer display: `printer` when it is chained behind the receipt printer, or its own
    /// serial port (`serial:///dev/ttyUSB0?baud=9600`); nil for none.
    public var customerDisplay: String?

    /// `customer-display` for a display chained behind the receipt printer.
    public static let displayThroughPrinter = "printer"

    /// The profile used when till.toml names none: an 80 mm ESC/POS printer.
    public static let defaultProfile = "generic-80mm"

    public init(printer: String? = nil, printerProfile: String = Self.defaultProfile, drawerPin: Int = 2,
                drawerOnMilliseconds: Int = 50, drawerOffMilliseconds: Int = 250, drawerOpenLevel: DrawerLevel = .high,
                scanner: String? = nil, customerDisplay: String? = nil) {
        self.printer = printer
        self.printerProfile = printerProfile
        self.drawerPin = drawerPin
        self.drawerOnMilliseconds = drawerOnMilliseconds
        self.drawerOffMilliseconds = drawerOffMilliseconds
        self.drawerOpenLevel = drawerOpenLevel
        self.scanner = scanner
        self.customerDisplay = customerDisplay
    }
}

extension DeviceSettings {
    /// The drawer kick these settings describe; nil when the lane has no drawer.
    public func drawerPulse() throws(DeviceError) -> DrawerPulse? {
        guard drawerPin != 0 else { return nil }
        return try DrawerPulse(pin: drawerPin, onMilliseconds: drawerOnMilliseconds, offMilliseconds: drawerOffMilliseconds)
    }
}

/// A level on the drawer sensor pin (pin 3 of the kick-out connector).
public enum DrawerLevel: String, CaseIterable, Sendable {
    case high, low
}
