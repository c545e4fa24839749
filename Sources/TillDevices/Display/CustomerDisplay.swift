/// Bytes for an Epson-mode 2×20 customer display (hardware.md §6), wired to the host on its own port
/// or chained behind the receipt printer.
///
/// Text goes out as ASCII (see `DisplayLines`): code pages arrive with the printer encoder's tables.
public struct CustomerDisplay: Hashable, Sendable {
    /// The display hangs off the printer: every command is wrapped in `ESC = 2` … `ESC = 1`, so it
    /// reaches the display and the printer gets its own data again afterwards.
    public let throughPrinter: Bool

    /// An encoder for a display on its own port, or chained through the printer.
    public init(throughPrinter: Bool = false) {
        self.throughPrinter = throughPrinter
    }

    /// `ESC @` then overwrite mode (`US MD1`), so each line written replaces what was there and
    /// nothing scrolls.
    public func initialise() -> [UInt8] {
        routed([0x1B, 0x40, 0x1F, 0x01])
    }

    /// Both lines, each placed with `US $ 1 row` and written in full 20 columns, so no leftover
    /// characters of the previous text remain.
    public func show(_ lines: DisplayLines) -> [UInt8] {
        routed([0x1F, 0x24, 0x01, 0x01] + Array(lines.top.utf8) + [0x1F, 0x24, 0x01, 0x02] + Array(lines.bottom.utf8))
    }

    /// `CLR`: a blank display.
    public func clear() -> [UInt8] {
        routed([0x0C])
    }

    /// `bytes` as sent on this wiring.
    private func routed(_ bytes: [UInt8]) -> [UInt8] {
        throughPrinter ? [0x1B, 0x3D, 0x02] + bytes + [0x1B, 0x3D, 0x01] : bytes
    }
}
