import Foundation
import Testing
import TillCore
import TillDevices

/// Kitchen tickets as the station's printer receives them: the table and the dishes in large type,
/// course by course, with options, seats and notes; a cancellation says so white on black.
@Suite struct KitchenTicketTests {
    static func ticket(_ kind: KitchenTicket.Kind = .order) -> KitchenTicket {
        KitchenTicket(kind: kind, station: "kitchen", checkID: "chk-1", table: "12", serverName: "Mia", covers: 4, orderType: .dineIn,
                      round: 2, at: Date(timeIntervalSince1970: 1_796_000_000), items: [
                          KitchenItem(quantity: .each(1), name: "Soup", modifiers: [], seat: 2, course: .starters, note: "no cream"),
                          KitchenItem(quantity: .each(2), name: "Steak", modifiers: ["Medium rare", "Fries"], seat: nil, course: .mains,
                                      note: nil),
                      ])
    }

    @Test func aRoundPrintsOnTheStationsPrinterInLargeTypeCourseByCourse() throws {
        let printer = try LoopbackPrinter()
        defer { printer.stop() }
        let document = KitchenTicketLayout(matching: try ReceiptLayout(columns: 42)).document(for: Self.ticket(), time: "20:14")
        let bytes = try EscPosEncoder(profile: try testProfile()).encode(document)
        try TCPPrinterTransport(host: "127.0.0.1", port: printer.port, timeouts: TCPTransportTests.fast).write(bytes)
        let received = printer.waitForReceived(count: bytes.count)
        #expect(received == bytes)
        #expect(PrintedReceipt(decoding: received) == PrintedReceipt(lines: [
            "TABLE 12",
            "Round 2" + String(repeating: " ", count: 42 - 7 - 5) + "20:14",
            "Mia, 4 covers, kitchen",
            "-- starters --",
            "1 x Soup",
            "   seat 2",
            "   ! no cream",
            "-- mains --",
            "2 x Steak",
            "   + Medium rare",
            "   + Fries",
        ], cuts: 1))
        // The dishes are double width and height, bold: ESC ! 0x30, ESC E 1 before "2 x Steak"
        #expect(received.contains(run: [0x1B, 0x21, 0x30, 0x1B, 0x45, 1, 0x1B, 0x61, 0]
                                       + Array("2 x Steak".utf8)))
    }

    @Test func aCancellationSaysSoWhiteOnBlackAndALongDishIsCutToHalfTheColumns() throws {
        var ticket = Self.ticket(.cancel)
        ticket = KitchenTicket(kind: .cancel, station: "bar", checkID: "chk-1", table: "3", serverName: "Leo", covers: 1,
                               orderType: .takeOut, round: 1, at: ticket.at, items: [
                                   KitchenItem(quantity: .each(1), name: "Extraordinarily long cocktail", modifiers: [], seat: nil,
                                               course: .drinks, note: nil),
                               ])
        let document = KitchenTicketLayout(matching: try ReceiptLayout(columns: 32)).document(for: ticket, time: "21:02")
        #expect(document.blocks.first == .line("CANCEL", style: TextStyle(bold: true, doubleWidth: true, doubleHeight: true, inverted: true),
                                               alignment: .center))
        #expect(document.blocks[1] == .line("TAKE-OUT 3", style: .large, alignment: .center))
        #expect(document.blocks.contains(.line("1 x Extraordinar", style: .large)))
        #expect(document.blocks.contains(.line("Leo, 1 cover, bar")))
    }
}
