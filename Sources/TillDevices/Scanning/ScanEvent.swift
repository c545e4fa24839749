/// One scan as a scanner delivered it: the characters between its framing, and where it came from.
///
/// The text is not read yet; the core's `BarcodeReader` reads it (AIM identifier, check digits,
/// embedded prices), so every source is judged by the same rules.
public struct ScanEvent: Hashable, Sendable {
    public let text: String
    public let source: ScanSource

    public init(text: String, source: ScanSource) {
        self.text = text
        self.source = source
    }
}

/// Where a scan came from, for the status bar and `till scanner test`.
public enum ScanSource: Hashable, Sendable, CustomStringConvertible {
    /// A keyboard-wedge scanner typing into the terminal.
    case keyboard
    /// A serial or CDC-ACM scanner at this path.
    case serial(path: String)
    /// A USB HID scanner read through libusb, as `VID:PID` in hex.
    case usb(String)

    public var description: String {
        switch self {
        case .keyboard: "keyboard scanner"
        case .serial(let path): "scanner on \(path)"
        case .usb(let id): "USB scanner \(id)"
        }
    }
}

/// What a scanner running in the background reports: a scan, or a change in whether it can scan.
public enum ScannerReport: Hashable, Sendable {
    case scan(ScanEvent)
    case state(ScanSource, ScannerState)
}

/// Whether a background scanner is there to scan with.
public enum ScannerState: Hashable, Sendable {
    /// Open and listening.
    case ready
    /// Gone (unplugged, no permission, not there yet); it is tried again after `retryInSeconds`.
    case unavailable(reason: String, retryInSeconds: Int)
}

/// A scanner read on its own thread, reporting through `deliver` until stopped.
public protocol BackgroundScanner: AnyObject, Sendable {
    var source: ScanSource { get }
    /// Starts reading; `deliver` is called on the scanner's thread.
    func start(_ deliver: @escaping @Sendable (ScannerReport) -> Void)
    /// Stops reading and closes the device; returns once the thread has ended.
    func stop()
}
