import TermUI
import Testing
import TillApp
import TillCore

@Suite struct SaleScreenTests {
    func render(width: Int, height: Int, _ codes: [String]) throws -> [String] {
        var session = SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                                  clock: { LocalTime(weekday: 2, hour: 10, minute: 0) })
        for code in codes {
            for character in code { _ = session.type(KeyChord(character)) }
            session.handle(.submit)
        }
        let screen = SaleScreen(storeName: DemoStore.name, training: true, keymap: try DefaultKeymap.keymap())
        var loop = AppLoop(backend: BufferBackend(width: width, height: height), session: session, screen: screen, theme: .monochrome)
        try loop.draw()
        return loop.terminal.backend.trimmedLines
    }

    @Test func showsTheCartTotalsAndKeysAt80By24() throws {
        let lines = try render(width: 80, height: 24, ["4006381333931", "2*102", "VD"])
        #expect(lines[0].hasPrefix(" Till Demo Café & Market"))
        #expect(lines[0].hasSuffix("TRAINING"))
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") && $0.contains("1.99") })
        #expect(lines.contains { $0.contains("VOID Cappuccino") })
        #expect(lines.contains { $0.contains("TOTAL CHF") && $0.contains("1.99") })
        #expect(lines[22].hasPrefix("› "))
        #expect(lines[23].contains("F1 Help"))
        #expect(lines.count == 24)
    }

    @Test func scalesUpToAWideTerminal() throws {
        let lines = try render(width: 200, height: 60, ["4006381333931"])
        #expect(lines.count == 60)
        #expect(lines[0].hasSuffix("TRAINING"))
        #expect(lines.contains { $0.contains("Milk chocolate 100 g") })
        #expect(lines[59].contains("F2 Cash"))
    }
}
