import Foundation
import Testing
@testable import TillApp
import TillCore
import TillDevices
import TillStore

@Suite struct PrintWorkerTests {
    /// A worker on the test terminal's store, printing to `printer`, stepped by hand (no thread).
    static func worker(_ till: TestTerminal, _ printer: RecordingPrinter, _ inbox: AppInbox, drawer: DrawerPulse? = nil,
                       profile: PrinterProfile = .generic80mm, display: CustomerDisplayLink? = nil) throws -> PrintWorker {
        let documents = PrintDocuments(
            database: till.database, layout: try ReceiptLayout(columns: profile.columns), encoder: EscPosEncoder(profile: profile),
            header: ["Demo Cafe"], footer: ["Thank you"], terminalID: "T1", dateTime: { _ in "2026-11-24 10:00" })
        let clock = till.clock
        return PrintWorker(database: till.database, link: PrinterLink(transport: printer, profile: profile, drawer: drawer),
                           display: display, documents: documents, inbox: inbox, now: { clock.now })
    }

    /// Rings up a coffee paid in cash and queues its receipt, as a lane with a printer does at commit.
    func sellAndQueue(_ till: TestTerminal) throws -> CompletedSale {
        try till.openShift()
        till.type("102")
        try till.press("F2")
        try till.press("F3")
        let sale = try #require(till.state.sale.lastSale)
        try till.database.queueReceipt(saleID: sale.order.id, receiptNumber: sale.receiptNumber, at: Timestamp.text(till.clock.now))
        return sale
    }


    @Test func aQueuedReceiptPrintsAndThePrinterIsReported() throws {
        // Given a sale whose receipt waits in the queue
        let till = try TestTerminal()
        _ = try sellAndQueue(till)
        let printer = RecordingPrinter(), inbox = AppInbox()
        // When the worker takes a turn
        let worker = try Self.worker(till, printer, inbox)
        #expect(worker.step())
        // Then the receipt went to the printer, left the queue, and the UI hears the printer is fine
        #expect(printer.received.contains(Array("Demo Cafe".utf8)))
        #expect(printer.received.contains(Array("Thank you".utf8)))
        #expect(printer.received.starts(with: [0x1B, 0x40]))
        #expect(try till.database.pendingPrintJobs() == 0)
        #expect(inbox.drain() == [.printerChanged(.ready)])
        #expect(!worker.step())
    }

    @Test func stoppingReturnsOnceTheThreadHasLetGoOfThePrinter() throws {
        // Given a worker printing on its own thread
        let till = try TestTerminal()
        _ = try sellAndQueue(till)
        let printer = RecordingPrinter(), inbox = AppInbox()
        let worker = try Self.worker(till, printer, inbox)
        worker.start()
        // When it is stopped, as a lane changing stores stops it
        worker.stop()
        // Then the printer is already closed, free for the next store's worker
        #expect(printer.isClosed)
    }

    @Test func aPrinterFaultKeepsTheReceiptUntilThePrinterIsBack() throws {
        // Given a queued receipt and a printer that cannot be reached
        let till = try TestTerminal()
        _ = try sellAndQueue(till)
        let printer = RecordingPrinter(), inbox = AppInbox()
        printer.fail(with: .unreachable(address: "tcp://10.0.0.9:9100", reason: "connection refused"))
        let worker = try Self.worker(till, printer, inbox)
        // When the worker tries
        #expect(!worker.step())
        // Then nothing is lost: the job waits, and the status bar is told why
        #expect(try till.database.pendingPrintJobs() == 1)
        #expect(inbox.drain() == [.printerChanged(.problem("not reachable"))])
        // When the printer is back a minute later
        printer.fail(with: nil)
        till.clock.advance(by: 60)
        #expect(worker.step())
        // Then the receipt prints once
        #expect(try till.database.pendingPrintJobs() == 0)
        #expect(inbox.drain() == [.printerChanged(.ready)])
        #expect(printer.received.contains(Array("Demo Cafe".utf8)))
    }

    @Test func aReceiptThatWaitedTooLongIsFlaggedAndPrintsAgainWithOneKey() throws {
        // Given a queued receipt and a printer that stays out of paper
        let till = try TestTerminal()
        let sale = try sellAndQueue(till)
        let printer = RecordingPrinter(), inbox = AppInbox()
        printer.fail(with: .notReady(address: "usb://04b8:0e28", status: "out of paper"))
        let worker = try Self.worker(till, printer, inbox)
        // When it has waited past the limit
        till.clock.advance(by: PrintWorker.giveUpAfter + 1)
        _ = worker.step()
        // Then the worker gives up, the sale is flagged, and the cashier is told the key
        let events = inbox.drain()
        #expect(events.contains(.receiptNotPrinted(saleID: sale.order.id, receipt: sale.receiptNumber, reason: "out of paper")))
        #expect(try till.database.sale(id: sale.order.id)?.receiptPrint == .failed)
        for event in events { till.app.send(event) }
        #expect(till.state.sale.message?.text == "Receipt 1 did not print: out of paper — C-p prints it again")
        #expect(till.state.printer == .problem("out of paper"))
        // When the cashier presses it, with paper back in
        try till.press("C-p")
        printer.fail(with: nil)
        #expect(worker.step())
        // Then the original (not a copy) prints, without asking a manager
        #expect(till.state.sale.message?.text == "Receipt 1 is printing again")
        #expect(!printer.received.contains(Array("COPY".utf8)))
        #expect(try till.database.sale(id: sale.order.id)?.receiptPrint == .printed)
    }

    @Test func theDrawerOpensBeforeTheReceiptPrints() throws {
        // Given a queued receipt and a drawer on pin 2
        let till = try TestTerminal()
        _ = try sellAndQueue(till)
        let printer = RecordingPrinter(), inbox = AppInbox()
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 250)
        let worker = try Self.worker(till, printer, inbox, drawer: pulse)
        // When the cash sale asks for the drawer
        worker.openDrawer()
        _ = worker.step()
        // Then the kick goes first, so the drawer opens while the receipt prints
        #expect(printer.received.starts(with: pulse.bytes))
        #expect(printer.received.contains(Array("Demo Cafe".utf8)))
    }

    @Test func aPrinterThatReadsTheDrawerSaysWhenItOpensAndCloses() throws {
        // Given a TM-T20III (it answers status queries) with the drawer's switch high when open
        let till = try TestTerminal()
        let printer = RecordingPrinter(), inbox = AppInbox()
        let pulse = try DrawerPulse(pin: 2, onMilliseconds: 50, offMilliseconds: 250)
        let worker = try Self.worker(till, printer, inbox, drawer: pulse, profile: .epsonTMT20III)
        // When the drawer is kicked and the printer answers: online with the sensor high, cover shut, paper fine
        printer.reply([0x16, 0x12, 0x12])
        worker.openDrawer()
        _ = worker.step()
        // Then the app hears the drawer is open, and the status bar says so
        #expect(printer.received.starts(with: pulse.bytes + StatusQuery.printer.bytes))
        let opened = inbox.drain()
        #expect(opened == [.drawerChanged(open: true)])
        for event in opened { till.app.send(event) }
        #expect(till.screen(width: 140).first?.contains("Drawer open") == true)
        // When the next turn reads the sensor low
        printer.reply([0x12, 0x12, 0x12])
        _ = worker.step()
        // Then it is closed, and no longer watched
        #expect(inbox.drain() == [.drawerChanged(open: false)])
        _ = worker.step()
        #expect(inbox.drain() == [])
    }

    @Test func aQueuedReportPrintsItsText() throws {
        let till = try TestTerminal()
        try till.database.queueReport(title: "X report", text: "X REPORT\nNet sales 12.00", requestedBy: "3",
                                      at: Timestamp.text(till.clock.now))
        let printer = RecordingPrinter(), inbox = AppInbox()

        #expect(try Self.worker(till, printer, inbox).step())

        #expect(printer.received.contains(Array("X REPORT\nNet sales 12.00\n".utf8)))
    }
}

/// The customer display: what the lane shows the customer, and how it reaches a display chained
/// behind the receipt printer.
@Suite struct LaneCustomerDisplayTests {
    @Test func theDisplayFollowsTheSaleFromWelcomeToChange() throws {
        let till = try TestTerminal()
        try till.openShift()
        #expect(till.state.customerDisplay.top.trimmingCharacters(in: .whitespaces) == "Welcome")

        till.type("102")
        let rung = till.state.customerDisplay
        #expect(rung.top.hasSuffix("5.20") && rung.bottom.hasPrefix("TOTAL") && rung.bottom.hasSuffix("5.20"))

        try till.press("F2")
        try till.press("F3")
        let paid = till.state.customerDisplay
        #expect(paid.top.hasPrefix("TOTAL") && paid.bottom == "CHANGE" + String(repeating: " ", count: 10) + "4.80")
    }

    @Test func aDisplayBehindThePrinterGetsItsLinesWrappedForPassThrough() throws {
        // Given a worker whose display is chained behind the printer
        let till = try TestTerminal()
        let printer = RecordingPrinter()
        let worker = try PrintWorkerTests.worker(till, printer, AppInbox(),
                                                 display: CustomerDisplayLink(transport: printer, throughPrinter: true))
        // When two sets of lines are shown, the first one replaced before the worker gets to it
        worker.showCustomer(.centred("Welcome"))
        worker.showCustomer(.centred("Hello", "there"))
        _ = worker.step()
        worker.showCustomer(.centred("Bye"))
        _ = worker.step()
        // Then only the latest lines go out, each wrapped in ESC = 2 … ESC = 1, the display initialised once
        let bytes = printer.received
        let wrapped = CustomerDisplay(throughPrinter: true)
        #expect(bytes == wrapped.initialise() + wrapped.show(.centred("Hello", "there")) + wrapped.show(.centred("Bye")))
        #expect(bytes.starts(with: [0x1B, 0x3D, 0x02, 0x1B, 0x40]))
    }
}
