import Foundation
import TermUI
import Testing
@testable import TillApp
import TillCore
import TillDevices

/// Keyboard-mode scans through the terminal loop: the wedge detector sits between the keys and the app.
@Suite struct KeyboardScannerLoopTests {
    /// Runs the loop over `keys` (then C-q) on the sale screen with `mode`; returns the app and the bells rung.
    func run(_ keys: [String], mode: KeyboardWedge.Mode) throws -> (state: AppState, beeps: Int) {
        let till = try TestTerminal()
        try till.openShift()
        till.app.state.profile.keyboardScanner = mode
        var backend = BufferBackend(width: 80, height: 24)
        for key in keys + ["C-q"] { backend.send(try KeyChord(parsing: key)) }
        var loop = AppLoop(backend: backend, app: till.app, theme: .monochrome)
        try loop.run()
        return (loop.app.state, loop.terminal.withBackend { $0.beeps })
    }

    @Test func aPrefixedScanLandsInTheCartAndTheTypingAroundItStays() throws {
        let digits = "4006381333931".map(String.init)
        let (state, beeps) = try run(["1", "2"] + ["C-b"] + digits + ["enter", "3"], mode: .prefix(try KeyChord(parsing: "C-b")))
        #expect(state.sale.cart.lines.map(\.name) == ["Milk chocolate 100 g"])
        #expect(state.sale.input.text == "123")
        #expect(beeps == 0)
    }

    @Test func aBurstOfKeysEndingInEnterIsAScanAndABadOneRingsTheBell() throws {
        // The buffer hands the keys over at once, as a scanner's burst arrives
        let (state, beeps) = try run("4006381333932".map(String.init) + ["enter"], mode: .standardTiming)
        #expect(state.sale.cart.lines.isEmpty)
        #expect(state.sale.input.text.isEmpty)
        #expect(state.sale.message?.text.contains("check digit") == true)
        #expect(beeps == 1)
    }

    @Test func withDetectionOffTheScanTypesIntoTheCommandLine() throws {
        let (state, _) = try run(["1", "2"] + "4006381333931".map(String.init) + ["enter"], mode: .off)
        #expect(state.sale.cart.lines.isEmpty)
        #expect(state.sale.message?.kind == .error)
    }
}
