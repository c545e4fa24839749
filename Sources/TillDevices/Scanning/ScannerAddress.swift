/// Where a background scanner is, parsed from till.toml's `scanner` (or `till scanner test`'s
/// options): a serial or CDC-ACM port, or a USB HID device read through libusb.
public enum ScannerAddress: Hashable, Sendable {
    case serial(path: String, settings: SerialScannerSettings)
    case usb(USBDeviceID)

    /// Reads `/dev/ttyACM0`, `serial:///dev/ttyACM0?baud=9600&terminator=cr` or `usb://05e0:1200`,
    /// saying what is wrong when it cannot.
    public init(parsing text: String) throws(DeviceAddressError) {
        let trimmed = PrinterAddress.trimmingWhitespace(text)
        if trimmed.lowercased().hasPrefix("usb://") {
            do throws(USBScannerError) {
                self = .usb(try USBDeviceID(scannerAddress: trimmed))
            } catch {
                throw DeviceAddressError(text: text, reason: "a USB scanner is usb://VID:PID in hex as lsusb shows it (usb://05e0:1200)")
            }
            return
        }
        let (path, options) = try SerialOptions.address(
            text, device: "scanner", kinds: "a device path (/dev/ttyACM0), serial:///dev/ttyACM0?baud=9600 or usb://VID:PID",
            over: SerialScannerSettings().line, allowing: [.baud, .framing, .terminator])
        var settings = SerialScannerSettings()
        settings.line = options.settings
        settings.terminator = options.terminator ?? settings.terminator
        self = .serial(path: path, settings: settings)
    }

    /// The scanner this address names, not started.
    public func makeScanner() -> any BackgroundScanner {
        switch self {
        case .serial(let path, let settings): SerialScanner(path: path, settings: settings)
        case .usb(let device): USBScanner(device: device)
        }
    }
}

/// A scanner or scale address in till.toml that cannot be used, and why.
public struct DeviceAddressError: Error, Hashable, Sendable, CustomStringConvertible {
    public let text: String
    public let reason: String

    public var description: String { "\"\(text)\" is not a device address Till can use: \(reason)" }
}
