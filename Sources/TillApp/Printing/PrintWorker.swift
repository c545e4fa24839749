import Dispatch
import Foundation
import Synchronization
public import TillDevices
import TillStore
import TillSync

/// Prints the store's queued jobs on the lane's receipt printer, on a thread of its own, so a slow,
/// unplugged or paperless printer never holds up a key or a sale.
///
/// Jobs live in the store: the sale commit queues its receipt in its own transaction, so a crash or
/// a printer fault loses nothing. A failed attempt is retried with backoff; a receipt still not
/// printed after ``giveUpAfter`` is given up on, the sale is flagged and the cashier told which key
/// prints it again. What the printer can do is reported to the UI through the app's inbox.
public final class PrintWorker: LaneDevices, @unchecked Sendable {
    // @unchecked: `link`, `backoff`, `random` and `reported` are touched only on the worker thread
    // (or by `step()` in tests, which never start the thread); what callers share is in `control`.
    private let database: AppDatabase
    private let link: PrinterLink
    private let display: CustomerDisplayLink?
    private let documents: PrintDocuments
    private let inbox: AppInbox
    /// The printer roles whose jobs this printer prints: the receipt printer's, or a station's.
    let roles: [String]
    /// Whether each printed job's text goes to the app, for a printer nobody can see (the demo's file).
    private let preview: Bool
    private let now: @Sendable () -> Date
    private let control = Mutex(Control())
    private let wake = DispatchSemaphore(value: 0)
    /// Signalled when the thread has let go of the printer.
    private let finished = DispatchSemaphore(value: 0)
    private var backoff = Backoff(base: .seconds(1), cap: .seconds(30))
    private var random = SystemRandomNumberGenerator()
    private var reported: PrinterState?
    /// The drawer as last read from the printer: watched each turn while it is open.
    private var drawerOpen: Bool?

    /// How long a receipt may wait for the printer before the sale is flagged as not printed.
    static let giveUpAfter: TimeInterval = 10 * 60
    /// How often the queue is looked at when nobody wakes the worker (retries come due this way).
    static let pollInterval = DispatchTimeInterval.seconds(1)
    /// The longest `stop` waits for a job in hand (a printer timing out) to end.
    static let stopWait = DispatchTimeInterval.seconds(5)

    private struct Control {
        var stopped = false
        var running = false
        var drawerRequests = 0
        /// The lines the customer display should show next, if they changed.
        var display: DisplayLines?
    }

    init(database: AppDatabase, link: PrinterLink, display: CustomerDisplayLink? = nil, documents: PrintDocuments, inbox: AppInbox,
         roles: [String] = [AppDatabase.receiptPrinterRole], preview: Bool = false, now: @escaping @Sendable () -> Date = Date.init) {
        self.roles = roles
        self.preview = preview
        self.database = database
        self.link = link
        self.display = display
        self.documents = documents
        self.inbox = inbox
        self.now = now
    }

    /// Characters per line of the printer, which reports are written for.
    public var columns: Int { documents.layout.columns }

    /// Starts the worker's thread.
    public func start() {
        control.withLock { $0.running = true }
        let thread = Thread { [self] in run() }
        thread.name = "till.print"
        thread.start()
    }

    /// Ends the thread after the job in hand and waits, up to ``stopWait``, until it has closed the
    /// printer, so a lane changing stores never has two workers on one printer.
    public func stop() {
        let running = control.withLock { control in
            control.stopped = true
            return control.running
        }
        wake.signal()
        if running { _ = finished.wait(timeout: .now() + Self.stopWait) }
    }

    public func wakePrinter() {
        wake.signal()
    }

    public func openDrawer() {
        control.withLock { $0.drawerRequests += 1 }
        wake.signal()
    }

    public func showCustomer(_ lines: DisplayLines) {
        guard display != nil else { return }
        control.withLock { $0.display = lines }
        wake.signal()
    }

    private func run() {
        while !control.withLock({ $0.stopped }) {
            if !step() { _ = wake.wait(timeout: .now() + Self.pollInterval) }
        }
        link.close()
        display?.close()
        finished.signal()
    }

    /// One turn: a requested drawer pulse first, then the customer display, then the oldest job
    /// that is due. Returns whether there may be more to do at once.
    @discardableResult
    func step() -> Bool {
        let (drawer, lines) = control.withLock { requests in
            defer { requests.drawerRequests = 0; requests.display = nil }
            return (requests.drawerRequests > 0, requests.display)
        }
        if drawer || drawerOpen == true { watchDrawer(pulse: drawer) }
        if let lines, let display {
            do throws(PrinterError) {
                try display.show(lines)
            } catch {
                report(.problem("display: \(error.summary)"))
            }
        }
        let date = now()
        let job: PrintJob
        do throws(StoreError) {
            guard let next = try database.nextPrintJob(for: roles, dueAt: Timestamp.text(date)) else { return false }
            job = next
        } catch {
            report(.problem("the print queue cannot be read: \(error)"))
            return false
        }
        return print(job, at: date)
    }

    private func print(_ job: PrintJob, at date: Date) -> Bool {
        let document: PrintDocument, bytes: [UInt8]
        do throws(PrintJobError) {
            document = try documents.document(for: job)
            bytes = try documents.encode(document)
        } catch {
            // The job itself is wrong (its sale is gone, its layout impossible): retrying cannot help.
            giveUp(job, reason: error.description, at: date)
            return true
        }
        let status: PrinterStatus?
        do throws(PrinterError) {
            status = try link.send(bytes)
        } catch {
            failed(job, reason: error.description, summary: error.summary, at: date)
            return false
        }
        backoff.reset()
        record { () throws(StoreError) in try database.markPrinted(jobID: job.id, at: Timestamp.text(date)) }
        if preview { inbox.post(.printed(preview: PrintPreview(columns: columns).lines(of: document))) }
        // A printer that can print may still warn (paper low): the status bar shows it.
        report(status.map { $0.summary == PrinterStatus().summary ? .ready : .problem($0.summary) } ?? .ready)
        return true
    }

    /// A printer fault: the job waits and is tried again, unless it has waited too long already.
    private func failed(_ job: PrintJob, reason: String, summary: String, at date: Date) {
        report(.problem(summary))
        let created = Timestamp.date(job.createdAt) ?? date
        if date.timeIntervalSince(created) >= Self.giveUpAfter {
            giveUp(job, reason: summary, at: date)
            return
        }
        let delay = backoff.delayAfterFailure(using: &random)
        let retry = date.addingTimeInterval(Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        record { () throws(StoreError) in
            try database.markPrintFailed(jobID: job.id, reason: reason, at: Timestamp.text(date), retryAt: Timestamp.text(retry))
        }
    }

    private func giveUp(_ job: PrintJob, reason: String, at date: Date) {
        record { () throws(StoreError) in
            try database.markPrintFailed(jobID: job.id, reason: reason, at: Timestamp.text(date), retryAt: nil)
        }
        if case .receipt(let saleID, let receipt, _) = job.content {
            inbox.post(.receiptNotPrinted(saleID: saleID, receipt: receipt, reason: reason))
        }
    }

    /// Kicks the drawer when asked, then reads whether it is open (on printers that say), telling
    /// the app when that changes.
    private func watchDrawer(pulse: Bool) {
        do throws(PrinterError) {
            if pulse { try link.openDrawer() }
            guard let open = try link.drawerIsOpen(), open != drawerOpen else { return }
            drawerOpen = open
            inbox.post(.drawerChanged(open: open))
        } catch {
            report(.problem("drawer: \(error.summary)"))
        }
    }

    /// A store write the worker cannot do is reported; the job then simply comes round again.
    private func record(_ write: () throws(StoreError) -> Void) {
        do throws(StoreError) {
            try write()
        } catch {
            report(.problem("the print queue cannot be written: \(error)"))
        }
    }

    /// Tells the UI when the printer's state changes, not on every job.
    private func report(_ state: PrinterState) {
        guard state != reported else { return }
        reported = state
        inbox.post(.printerChanged(state))
    }
}
