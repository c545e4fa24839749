/// What the printer last said about itself, merged from `DLE EOT` replies and automatic status
/// back frames, for the status bar and for deciding whether a print job can go now.
public struct PrinterStatus: Hashable, Sendable {
    /// False when the printer has stopped taking jobs (cover open, paper out, an error, feeding).
    public var online: Bool
    /// Printing stops until the cover is closed.
    public var coverOpen: Bool
    /// The roll is nearly used up: printing goes on, but the roll should be changed soon.
    public var paperNearEnd: Bool
    /// Printing stops until a new roll is loaded.
    public var paperOut: Bool
    /// The level of the drawer kick connector's pin 3. Whether high means open depends on the
    /// drawer, so `drawerOpen(whenHigh:)` takes the till's configured polarity.
    public var drawerSensorHigh: Bool
    /// A cutter jam, a mechanical fault or an overheated head.
    public var error: Bool

    /// A status; the defaults describe a ready printer, the assumption before anything is read.
    public init(online: Bool = true, coverOpen: Bool = false, paperNearEnd: Bool = false, paperOut: Bool = false,
                drawerSensorHigh: Bool = false, error: Bool = false) {
        self.online = online
        self.coverOpen = coverOpen
        self.paperNearEnd = paperNearEnd
        self.paperOut = paperOut
        self.drawerSensorHigh = drawerSensorHigh
        self.error = error
    }

    /// Whether the drawer is open, given whether this drawer's switch reads high when open.
    public func drawerOpen(whenHigh openWhenHigh: Bool) -> Bool {
        drawerSensorHigh == openWhenHigh
    }

    /// Whether a job sent now would print.
    public var canPrint: Bool {
        online && !coverOpen && !paperOut && !error
    }

    /// A few words for the status bar: "ready", "out of paper", "cover open; paper low"…
    ///
    /// "offline" is shown only when no cause is known, since the printer goes offline whenever the
    /// cover is open or the paper is out.
    public var summary: String {
        var problems: [String] = []
        if paperOut { problems.append("out of paper") }
        if coverOpen { problems.append("cover open") }
        if error { problems.append("printer error") }
        if !online && problems.isEmpty { problems.append("offline") }
        if paperNearEnd && !paperOut { problems.append("paper low") }
        return problems.isEmpty ? "ready" : problems.joined(separator: "; ")
    }
}
