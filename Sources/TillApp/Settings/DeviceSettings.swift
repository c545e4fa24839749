public import TillDevices
import TermUI

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
    /// A serial or USB barcode scanner: `/dev/ttyACM0`, `serial:///dev/ttyACM0?baud=9600` or
    /// `usb://05e0:1200`; a scanner in keyboard mode needs nothing here.
    public var scanner: String?
    /// How a scanner in keyboard mode is told from typing.
    public var keyboardScanner: KeyboardScannerMode
    /// The key a keyboard-mode scanner sends before each scan, when `keyboardScanner` is `prefix`.
    public var scannerPrefix: String
    /// A serial scale for items sold by weight, such as `/dev/ttyUSB0` or `serial:///dev/ttyUSB0?baud=9600`.
    public var scale: String?
    /// A 2×20 customer display: `printer` when it is chained behind the receipt printer, or its own
    /// serial port (`serial:///dev/ttyUSB0?baud=9600`); nil for none.
    public var customerDisplay: String?

    /// `customer-display` for a display chained behind the receipt printer.
    public static let displayThroughPrinter = "printer"

    /// The profile used when till.toml names none: an 80 mm ESC/POS printer.
    public static let defaultProfile = "generic-80mm"

    public init(printer: String? = nil, printerProfile: String = Self.defaultProfile, drawerPin: Int = 2,
                drawerOnMilliseconds: Int = 50, drawerOffMilliseconds: Int = 250, drawerOpenLevel: DrawerLevel = .high,
                scanner: String? = nil, keyboardScanner: KeyboardScannerMode = .timing, scannerPrefix: String = "C-b",
                scale: String? = nil, customerDisplay: String? = nil) {
        self.printer = printer
        self.printerProfile = printerProfile
        self.drawerPin = drawerPin
        self.drawerOnMilliseconds = drawerOnMilliseconds
        self.drawerOffMilliseconds = drawerOffMilliseconds
        self.drawerOpenLevel = drawerOpenLevel
        self.scanner = scanner
        self.keyboardScanner = keyboardScanner
        self.scannerPrefix = scannerPrefix
        self.scale = scale
        self.customerDisplay = customerDisplay
    }
}

extension DeviceSettings {
    /// How the app tells a keyboard-mode scanner from typing; a prefix that does not parse (refused
    /// by the settings check before the app opens) turns detection off.
    public var keyboardWedgeMode: KeyboardWedge.Mode {
        switch keyboardScanner {
        case .timing: .standardTiming
        case .off: .off
        case .prefix: ((try? Self.prefixChord(scannerPrefix)) ?? nil).map(KeyboardWedge.Mode.prefix) ?? .off
        }
    }

    /// The key `text` names, or nil when it is one people type into fields (a plain character).
    static func prefixChord(_ text: String) throws(KeyChord.ParseError) -> KeyChord? {
        let chord = try KeyChord(parsing: text)
        if case .character = chord.key, chord.modifiers.isEmpty || chord.modifiers == .shift { return nil }
        return chord
    }

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

/// How keys from a scanner in keyboard mode are told from a person's typing.
public enum KeyboardScannerMode: String, CaseIterable, Sendable {
    /// A fast burst of keys ending in Enter or Tab is a scan; unreliable over SSH and tmux.
    case timing
    /// A scan starts with the `scanner-prefix` key the scanner is set up to send.
    case prefix
    /// Every key is typing: scans type into the command line.
    case off
}
