import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillStore

/// The sale session over a real store: every change kept, every sale committed once.
@Suite struct StoredSaleSessionTests {
    let database: AppDatabase
    let recorder: StoreRecorder

    init() throws {
        database = try AppDatabase.makeTemporary()
        recorder = StoreRecorder(database: database, terminalID: "T1",
                                 now: { Date(timeIntervalSince1970: 1_795_000_000) })
    }

    func session(resuming cart: Cart? = nil, training: Bool = false) throws -> SaleSession {
        SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                    clock: { LocalTime(weekday: 2, hour: 10, minute: 0) }, recorder: recorder, staffID: "s-1",
                    training: training, resuming: cart)
    }

    func type(_ text: String, into session: inout SaleSession) {
        session.input.insert(text)
        session.handle(.submit)
    }

    @Test func everyChangeIsKeptAndAStoppedSaleResumesExactly() throws {
        var first = try session()
        type("4006381333931", into: &first)
        type("2*101", into: &first)
        type("%10", into: &first)
        type("5CC", into: &first)
        // When the process stops here and a new session opens on the same file
        let kept = try AppDatabase(path: database.path).openCart(terminalID: "T1")
        #expect(kept == first.cart)
        var second = try session(resuming: kept)
        #expect(second.message?.text == "The sale in progress was restored")
        // Then it carries on where the first left off
        type("CA", into: &second)
        #expect(second.completed.count == 1)
        #expect(try database.openCart(terminalID: "T1") == nil)
        #expect(second.message?.text.hasPrefix("Receipt 1 paid") == true)
        let order = try database.order(id: second.completed[0].id)
        #expect(order?.tenders.first == Tender(kind: .card, amount: 500, reference: "DEMO"))
    }

    @Test func theSimulatorRingsTheSameSalesForTheSameSeed() throws {
        let codes = ["4006381333931", "5901234123457", "101", "102", "201", "202", "0.250*4011"]
        var one = try session()
        var simulator = SaleSimulator(codes: codes, seed: 42)
        let summary = simulator.ring(25, on: &one)
        #expect(summary.sales == 25)
        #expect(summary.refused == 0)
        let stored = try database.sales(on: StoreRecorderDay.today)
        #expect(stored.count == 25)
        #expect(stored.map(\.total).reduce(0, +) == summary.total)
        #expect(stored.map(\.receiptNumber) == Array(1...25))
        #expect(try database.outbox(limit: 100).count == 25)

        var again = SaleSimulator(codes: codes, seed: 42)
        var other = SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                                clock: { LocalTime(weekday: 2, hour: 10, minute: 0) })
        #expect(again.ring(25, on: &other) == summary)
    }

    @Test func trainingSalesStayOutOfTheOutbox() throws {
        var training = try session(training: true)
        type("101", into: &training)
        type("CA", into: &training)
        #expect(training.completed.count == 1)
        #expect(try database.outbox().isEmpty)
        #expect(try database.sales(on: StoreRecorderDay.today).isEmpty)
        #expect(try database.sales(on: StoreRecorderDay.today, training: true).count == 1)
    }
}

/// The business day the fixed test clock falls on, in the machine's time zone.
enum StoreRecorderDay {
    static var today: String { StoreRecorder.businessDay(Date(timeIntervalSince1970: 1_795_000_000)) }
}
