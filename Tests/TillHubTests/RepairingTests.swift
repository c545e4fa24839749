import Hummingbird
import HummingbirdTesting
import Testing
import TillHub
import TillWire

@Suite struct RepairingTests {
    let hub: HubFixture

    init() throws {
        hub = try HubFixture()
    }

    @Test func aReinstalledTerminalStartsItsSequenceAgainAndWhatTheHubHasIsNotAppliedTwice() async throws {
        try await hub.withClient { client in
            // Given t1 pushed two sales, then was reinstalled from a backup and paired again
            let before = try await hub.pair(client, terminal: "t1")
            let sale1 = try Wire.sale(1, id: "e1", stock: [StockDelta(product: "p1", location: "shop", quantity: -1000)])
            let sale2 = try Wire.sale(2, id: "e2", stock: [StockDelta(product: "p1", location: "shop", quantity: -1000)])
            _ = try await client.push([sale1, sale2], token: before)
            let after = try await hub.pair(client, terminal: "t1")

            // When the new installation pushes from seq 1: the restored sale e1, then a new sale e9
            let sale9 = try Wire.sale(2, id: "e9", stock: [StockDelta(product: "p1", location: "shop", quantity: -1000)])
            let ack = try await client.push([sale1, sale9], token: after).decode(PushResponse.self)

            // Then the new epoch acknowledges both, but only e9 moves stock
            #expect(ack.ackedThrough == 2)
            #expect(ack.rejected.isEmpty)
            #expect(try await hub.count("SELECT quantity FROM stock_level") == -3000)
            #expect(try await hub.count("SELECT last_seq FROM terminal WHERE epoch = 2") == 2)

            // And the log keeps the second arrival as a duplicate, naming where the hub has it
            #expect(try await hub.count("SELECT COUNT(*) FROM event_log WHERE event_id = 'e1'") == 2)
            #expect(try await hub.count("""
                SELECT COUNT(*) FROM event_log WHERE epoch = 2 AND seq = 1 AND status = 'duplicate'
                AND reason = 'already on the hub as terminal t1 epoch 1 seq 1'
                """) == 1)
        }
    }
}
