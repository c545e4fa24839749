import Foundation
import TillCore
import TillStore
import TillSync
import TillWire

/// The hub taking sales from 200 terminals at once: the release `till-hub serve` on loopback with a
/// fresh database, 200 terminals paired over HTTP, and in each round every terminal pushes its next
/// 25 sale events concurrently (`HubClient.push` over `HTTPHubTransport`). A sample is the round's
/// wall time divided by the 5,000 sales it carried: 10 rounds (2 with `--quick`) after a warm-up
/// round that opens the connections.
///
/// The events are real: outbox events of committed sales (10 lines, a card and a cash tender, a
/// customer), each terminal's with its own gapless seq and a fresh UUID. The terminals share the
/// process's `HTTPClient.shared`, so at most its 8 pooled connections carry their pushes, and they
/// share the machine's cores with the hub: this is the hub's throughput with its terminals' work on top.
///
/// Baseline: the rows the hub keeps for the same sales (`event_log` and the `stock_level` upserts),
/// inserted through SQLite's C API into a fresh hub database, one transaction per 25-event batch,
/// 200 batches a sample, alternating with the rounds. The issue names no target: sales per second
/// are 1,000,000 divided by the median.
struct HubIngestScenario: Scenario {
    let name = "hub-ingest"
    let unit = "µs/sale"
    let target = Target.reportOnly("none named (sales/s = 10⁶ / median)")

    let terminals = 200
    let batch = 25

    func reportName(quick: Bool) -> String { quick ? "hub-ingest (quick)" : name }

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let rounds = quick ? 2 : 10
        let templates = try Self.templates(count: 5)
        let hub = try BenchHub()
        let endpoint = hub.endpoint
        let terminals = self.terminals
        // A round's last push waits behind the other 199 at the hub's one writer, longer than the
        // transport's default 15 s on a slow machine: the bench measures throughput, not patience.
        let clients = try runBlocking { try await endpoint.pairTerminals(terminals, timeout: .seconds(180)) }
        let rawFolder = BenchFolder()
        try FileManager.default.createDirectory(at: rawFolder.url, withIntermediateDirectories: true)
        let raw = try RawHubWriter(path: rawFolder.url.appendingPathComponent("hub.sqlite").path)
        // The hub must run, and the baseline's folder stay, until the last round.
        defer { withExtendedLifetime((hub, rawFolder)) {} }
        let sales = UInt64(terminals * batch)
        var samples: [UInt64] = []
        var baseline: [UInt64] = []
        for round in 0...rounds {
            let batches = (0..<terminals).map { terminal in events(round: round, terminal: terminal, templates) }
            let requests = batches.map { PushRequest(events: $0) }
            let pushed = try runBlocking { try await Self.pushAll(requests, with: clients) }
            let rows = try batches.enumerated().map { terminal, events in try events.map { try RawHubWriter.Row(terminal: "T\(terminal)", event: $0) } }
            let receivedAt = Timestamp.text(Date())
            let inserted = try time { for batch in rows { try raw.write(batch[...], receivedAt: receivedAt) } }
            if round > 0 {
                samples.append(pushed / sales / 1_000)
                baseline.append(inserted / sales / 1_000)
            }
        }
        return (samples, baseline)
    }

    /// Terminal `terminal`'s batch for `round`: seq `round × batch + 1` onwards, each a template's
    /// copy under a fresh id.
    private func events(round: Int, terminal: Int, _ templates: [WireEvent]) -> [WireEvent] {
        (1...batch).map { offset in
            let template = templates[(terminal + offset) % templates.count]
            return WireEvent(seq: Int64(round * batch + offset), id: UUID().uuidString.lowercased(), kind: template.kind,
                             createdAt: template.createdAt, hlc: template.hlc, payload: template.payload)
        }
    }

    /// Every terminal pushes its request at once; returns the nanoseconds until the last answer,
    /// having checked each answer took the whole batch.
    private static func pushAll(_ requests: [PushRequest], with clients: [HubClient]) async throws -> UInt64 {
        let start = DispatchTime.now().uptimeNanoseconds
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (client, request) in zip(clients, requests) {
                group.addTask {
                    let response = try await client.push(request)
                    guard response.ackedThrough == request.events.last?.seq, response.rejected.isEmpty else {
                        throw BenchError("the hub took a push through seq \(response.ackedThrough) of \(request.events.last?.seq ?? 0), "
                                         + "rejecting \(response.rejected.map(\.reason))")
                    }
                }
            }
            try await group.waitForAll()
        }
        return DispatchTime.now().uptimeNanoseconds - start
    }

    /// The outbox events of `count` sales committed by a real store: kind, times and payloads as a
    /// terminal sends them.
    static func templates(count: Int) throws -> [WireEvent] {
        let order = try SaleCommitScenario.order()
        let folder = BenchFolder()
        let database = try AppDatabase(directory: DataDirectory(url: folder.url))
        for index in 0..<count {
            let id = UUID().uuidString.lowercased()
            let copy = Order(id: id, cart: order.cart, priced: order.priced, payment: order.payment, staffID: order.staffID, training: false)
            let completed = Timestamp.text(Date().addingTimeInterval(Double(index - count)))
            _ = try database.commit(copy, context: SaleContext(terminalID: "T1", completedAt: completed, businessDay: String(completed.prefix(10)),
                                                               loyaltyPoints: 10, eventID: id))
        }
        let events = try database.eventsToPush(limit: count)
        guard events.count == count else { throw BenchError("\(count) sales made \(events.count) outbox events") }
        return events
    }
}
