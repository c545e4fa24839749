import TillDevices

/// The receipt printer as the print worker drives it: bytes through the transport, the printer's
/// own word on whether it can print, and the drawer hanging off it.
///
/// Not thread-safe: only the print worker's thread uses it.
final class PrinterLink {
    let transport: any PrinterTransport
    let profile: PrinterProfile
    /// The drawer's kick; nil when no drawer hangs off this printer.
    let drawer: DrawerPulse?
    /// Whether a high sensor level means the drawer is open.
    let drawerOpenWhenHigh: Bool
    private var parser = PrinterStatusParser()

    /// The queries asked before and after each job: online, why offline, paper.
    private static let queries: [StatusQuery] = [.printer, .offlineCause, .paperSensor]
    /// How long a printer that talks back may take to answer one query.
    static let replyTimeoutMilliseconds = 1_000

    init(transport: any PrinterTransport, profile: PrinterProfile, drawer: DrawerPulse?, drawerOpenWhenHigh: Bool = true) {
        self.transport = transport
        self.profile = profile
        self.drawer = drawer
        self.drawerOpenWhenHigh = drawerOpenWhenHigh
    }

    /// Sends one job's bytes, refusing to start when the printer says it cannot print, and failing
    /// when it ran out of paper (or opened) on the way, so the job prints again whole. Returns what
    /// the printer said after the job, for a printer that talks back.
    @discardableResult
    func send(_ bytes: [UInt8]) throws(PrinterError) -> PrinterStatus? {
        try requireReady()
        try transport.write(bytes)
        return try requireReady()
    }

    /// Kicks the drawer open.
    func openDrawer() throws(PrinterError) {
        guard let drawer else { return }
        try transport.write(drawer.bytes)
    }

    /// Whether the drawer is open, by the printer's sensor; nil for a printer that does not say.
    func drawerIsOpen() throws(PrinterError) -> Bool? {
        guard profile.reportsStatus, drawer != nil else { return nil }
        return try askStatus().drawerOpen(whenHigh: drawerOpenWhenHigh)
    }

    func close() {
        transport.close()
    }

    /// The printer's status when it can print; nil for a printer that does not talk back.
    @discardableResult
    private func requireReady() throws(PrinterError) -> PrinterStatus? {
        guard profile.reportsStatus else { return nil }
        let status = try askStatus()
        guard status.canPrint else { throw .notReady(address: transport.address, status: status.summary) }
        return status
    }

    /// Asks the three status queries and reads until each is answered or the printer goes quiet.
    private func askStatus() throws(PrinterError) -> PrinterStatus {
        try transport.write(Self.queries.flatMap { parser.request($0) })
        var answered = 0
        while answered < Self.queries.count {
            let reply = try transport.read(maximum: 16, timeoutMilliseconds: Self.replyTimeoutMilliseconds)
            guard !reply.isEmpty else {
                parser.forgetPendingQueries()
                throw .timedOut(address: transport.address)
            }
            answered += parser.consume(reply).count
        }
        return parser.status
    }
}
