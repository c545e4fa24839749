/// How a serial printer's line is set up; always 8 data bits, no parity, one stop bit (8N1), which
/// every serial receipt printer and CDC-ACM bridge speaks.
public struct SerialSettings: Hashable, Sendable {
    /// Bits per second; must match the printer's DIP switches (9600 is the factory default of most).
    public var baud: Int
    /// Whether the printer may pause the till with RTS/CTS when its buffer fills.
    public var flowControl: SerialFlowControl

    /// 9600 baud without flow control unless the printer's DIP switches say otherwise.
    public init(baud: Int = 9600, flowControl: SerialFlowControl = .none) {
        self.baud = baud
        self.flowControl = flowControl
    }

    /// The speeds termios can set and receipt printers offer, slowest first.
    public static var supportedBauds: [Int] { SerialLine.speeds.keys.sorted() }
}

/// How a serial printer says "wait" when its buffer is full.
public enum SerialFlowControl: String, Hashable, Sendable {
    /// The printer cannot pause the till; fine for CDC-ACM ports, where USB paces the data.
    case none
    /// Hardware handshake on the RTS and CTS lines, for real RS-232 printers printing logos.
    case rtsCts = "rtscts"
}
