/// Where this terminal's receipt printer and scanner are, kept as written until the device issues
/// give them a format; Till stores them and does not open them yet.
public struct DeviceSettings: Equatable, Sendable {
    /// The receipt printer, such as `tcp://192.168.1.50:9100` or `/dev/usb/lp0`.
    public var printer: String?
    /// A serial barcode scanner, such as `/dev/ttyACM0`; a scanner in keyboard mode needs nothing here.
    public var scanner: String?

    public init(printer: String? = nil, scanner: String? = nil) {
        self.printer = printer
        self.scanner = scanner
    }
}
