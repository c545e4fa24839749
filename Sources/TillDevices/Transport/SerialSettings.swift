/// How a serial device's line is set up. Printers always use 8 data bits, no parity, one stop bit
/// (8N1), which every serial receipt printer and CDC-ACM bridge speaks; many scales use 7E1.
public struct SerialSettings: Hashable, Sendable {
    /// Bits per second; must match the device's setting (9600 is the factory default of most).
    public var baud: Int
    /// Whether the device may pause the till with RTS/CTS when its buffer fills.
    public var flowControl: SerialFlowControl
    /// Data bits, parity and stop bits of each character.
    public var framing: SerialFraming

    /// 9600 baud, 8N1, without flow control unless the device's switches or menu say otherwise.
    public init(baud: Int = 9600, flowControl: SerialFlowControl = .none, framing: SerialFraming = .eightNoneOne) {
        self.baud = baud
        self.flowControl = flowControl
        self.framing = framing
    }

    /// The speeds termios can set and serial devices offer, slowest first.
    public static var supportedBauds: [Int] { SerialLine.speeds.keys.sorted() }
}

/// How a serial device says "wait" when its buffer is full.
public enum SerialFlowControl: String, Hashable, Sendable {
    /// The device cannot pause the till; fine for CDC-ACM ports, where USB paces the data.
    case none
    /// Hardware handshake on the RTS and CTS lines, for real RS-232 printers printing logos.
    case rtsCts = "rtscts"
}

/// Data bits, parity and stop bits, spelled as device manuals do.
public enum SerialFraming: String, Hashable, Sendable, CaseIterable {
    /// 8 data bits, no parity, 1 stop bit: printers, scanners and CDC-ACM ports.
    case eightNoneOne = "8N1"
    /// 7 data bits, even parity, 1 stop bit: the usual setting of NCI-protocol scales.
    case sevenEvenOne = "7E1"
    /// 7 data bits, odd parity, 1 stop bit: some scanner-scales (NCR, Datalogic).
    case sevenOddOne = "7O1"
}
