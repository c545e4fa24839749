import Foundation
import HubProcess
import Testing
import TillCore
import TillStore
import TillSync
import TillWire

/// Stock across lanes and stores through the real hub on loopback: a delivery booked on one lane
/// shows on another, and goods sent to another store arrive there through the hub.
@Suite(.serialized) struct StockSyncTests {
    static let at = Date(timeIntervalSince1970: 1_800_000_000)

    func context(_ lane: Lane, _ id: String) -> StockContext {
        StockContext(documentID: id, eventID: UUID().uuidString.lowercased(), terminalID: lane.id, at: Self.at)
    }

    @Test func aDeliveryOnOneLaneReachesTheOtherLanesLevels() async throws {
        // Given two lanes of store S
        let hub = try HubProcess()
        let (receiving, selling) = (try Lane("T1"), try Lane("T2"))
        try await receiving.pair(with: hub)
        try await selling.pair(with: hub)

        // When T1 books 12 croissants in, and its delivery is pushed twice (a retry)
        let delivery = try Delivery(supplier: "Bakery", reference: "B-1", lines: [
            try Delivery.Line(productID: "croissant", label: "Croissant", quantity: .each(12), unitCost: 60)])
        _ = try receiving.database.receive(delivery, at: "floor", context: context(receiving, "r-1"))
        try await receiving.syncFully(DoublingTransport(inner: HTTPHubTransport(baseURL: hub.url)))

        // Then T2 sees 12 once it syncs, and its own sale shows at once, before the hub has it
        try await selling.syncFully()
        #expect(try selling.database.stockLevel(productID: "croissant") == .each(12))
        try selling.sell([("croissant", 3)], id: "s-1")
        #expect(try selling.database.stockLevel(productID: "croissant") == .each(9))
        try await selling.syncFully()
        try await receiving.syncFully()
        #expect(try selling.database.stockLevel(productID: "croissant") == .each(9))
        #expect(try receiving.database.stockLevel(productID: "croissant") == .each(9))
    }

    @Test func goodsSentToAnotherStoreArriveThereAndAreReceivedOnce() async throws {
        // Given store S (lane T1) with 10 coffees, and store N with two lanes and a back room
        let hub = try HubProcess()
        let sender = try Lane("T1")
        try await sender.pair(with: hub)
        let (north, northOther) = (try Lane("T1"), try Lane("T2"))
        try await north.pair(with: hub, store: "N")
        try await northOther.pair(with: hub, store: "N")
        for lane in [north, northOther] {
            try lane.database.saveLocation(try StockLocation(id: "back-room", name: "Back room"), at: Self.at)
        }
        _ = try sender.database.receive(try Delivery(supplier: nil, reference: nil, lines: [
            try Delivery.Line(productID: "coffee", label: "Coffee", quantity: .each(10), unitCost: nil)]), at: "floor",
                                        context: context(sender, "r-1"))

        // When S sends 6 to N's back room and syncs
        let sent = try sender.database.sendTransfer([TransferLine(productID: "coffee", label: "Coffee", sent: .each(6))], from: "floor",
                                                    to: "back-room", toStore: "N", context: context(sender, "t-1"))
        try await sender.syncFully()
        #expect(try sender.database.stockLevel(productID: "coffee") == .each(4))

        // Then both lanes of N see it in transit, and one receives 5 of the 6
        try await north.syncFully()
        try await northOther.syncFully()
        let waiting = try north.database.transfers(inTransit: true)
        #expect(waiting.map(\.number) == ["S/\(sent.number)"])
        #expect(waiting.first?.route == "S/floor → back-room")
        _ = try north.database.receiveTransfer("S/\(sent.number)", counted: ["coffee": .each(5)], context: context(north, "t-1r"))
        try await north.syncFully()
        #expect(try north.database.stockLevel(productID: "coffee", locationID: "back-room") == .each(5))

        // And the other lane of N, which also received it offline, is refused by the hub: counted once
        _ = try northOther.database.receiveTransfer("S/\(sent.number)", context: context(northOther, "t-1r2"))
        let report = try await northOther.syncFully()
        #expect(report.rejected == 1)
        #expect(try northOther.database.stockLevel(productID: "coffee", locationID: "back-room") == .each(5))
        #expect(try northOther.database.transfer(named: "S/\(sent.number)").status == .received)

        // And the sender learns it arrived one short
        try await sender.syncFully()
        let back = try sender.database.transfer(named: sent.number)
        #expect(back.status == .received)
        #expect(back.lines.compactMap(\.discrepancyText) == ["Coffee: 1 short"])
    }
}
