/// Where a printer is and how to reach it, parsed from the one string a configuration file holds
/// (`printer = "tcp://192.168.1.50"`), so every kind of connection is chosen in one place.
public enum PrinterAddress: Hashable, Sendable {
    /// A network printer's raw port (JetDirect, usually 9100).
    case tcp(host: String, port: UInt16)
    /// A USB printer driven through libusb, found by vendor and product or by the printer class.
    case usb(USBPrinterMatch)
    /// A printer behind a serial line or a CDC-ACM USB port, such as `/dev/ttyACM0`.
    case serial(path: String, settings: SerialSettings)
    /// A printer device file the kernel provides, such as `/dev/usb/lp0` (usblp).
    case deviceFile(path: String)
    /// A plain file the bytes are appended to, for demos and tests.
    case file(path: String)

    /// The port network receipt printers listen on unless configured otherwise.
    public static let defaultTCPPort: UInt16 = 9100

    /// Opens nothing yet: the transport connects on its first write, so a printer that is off when
    /// the till starts only matters when something is printed.
    public func makeTransport(timeouts: PrinterTimeouts = .standard) -> any PrinterTransport {
        switch self {
        case .tcp(let host, let port):
            TCPPrinterTransport(host: host, port: port, timeouts: timeouts)
        case .usb(let match):
            USBPrinterTransport(match: match, timeouts: timeouts)
        case .serial(let path, let settings):
            SerialPrinterTransport(path: path, settings: settings, timeouts: timeouts)
        case .deviceFile(let path):
            DeviceFilePrinterTransport(path: path, timeouts: timeouts)
        case .file(let path):
            FilePrinterTransport(path: path)
        }
    }
}

extension PrinterAddress: CustomStringConvertible {
    /// The canonical spelling, which parses back to the same address.
    public var description: String {
        switch self {
        case .tcp(let host, let port):
            host.contains(":") ? "tcp://[\(host)]:\(port)" : "tcp://\(host):\(port)"
        case .usb(let match):
            "usb://\(match)"
        case .serial(let path, let settings):
            "serial://\(path)?baud=\(settings.baud)&flow=\(settings.flowControl.rawValue)"
        case .deviceFile(let path):
            path
        case .file(let path):
            "file://\(path)"
        }
    }
}

/// Which USB device is the printer.
public enum USBPrinterMatch: Hashable, Sendable, CustomStringConvertible {
    /// The first device with a printer-class interface (class 7), for tills with one USB printer.
    case firstPrinter
    /// This vendor and product, whatever class it reports (Epson's vendor-class mode is 04b8:0202).
    case device(vendor: UInt16, product: UInt16)

    /// `04b8:0202` as `lsusb` prints it, or nothing for the first printer.
    public var description: String {
        switch self {
        case .firstPrinter: ""
        case .device(let vendor, let product): USBDeviceID(vendor: vendor, product: product).description
        }
    }
}

/// How long a transport waits before it reports the printer as gone, in milliseconds.
public struct PrinterTimeouts: Hashable, Sendable {
    /// Longest wait for a network printer to accept the connection.
    public var connectMilliseconds: Int
    /// Longest wait for the printer to take more bytes; a slow but moving printer never times out.
    public var writeMilliseconds: Int

    /// Both limits in milliseconds; tests use a few hundred, tills `.standard`.
    public init(connectMilliseconds: Int, writeMilliseconds: Int) {
        self.connectMilliseconds = connectMilliseconds
        self.writeMilliseconds = writeMilliseconds
    }

    /// Long enough for a printer busy with a logo, short enough that a cashier is told within seconds.
    public static let standard = PrinterTimeouts(connectMilliseconds: 3_000, writeMilliseconds: 10_000)
}
