import Foundation
import TermUI
import TillApp
import TillCore

/// Rendering the full sale screen at 200×60 into a Buffer and diffing it against the previous frame.
///
/// Baseline: filling a flat array of the same number of plain cells and comparing it with the
/// previous one, with nothing of TermUI in between.
struct FrameRenderScenario: Scenario {
    let name = "tui-frame-200x60"
    let unit = "ns"
    let target = Target.p99Below(1_000_000, "p99 < 1 ms")

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        var state = try Self.saleWithLines(40)
        let theme = Theme.monochrome
        var previous = Buffer(width: 200, height: 60)
        var samples: [UInt64] = []
        for run in 0..<(runs + runs / 10) {
            state.sale.lines.selected = run % 40
            let nanos = time {
                var frame = Buffer(width: 200, height: 60)
                AppScreen.render(&state, into: &frame, theme: theme)
                let runs = frame.diff(from: previous)
                precondition(!runs.isEmpty || run > 0)
                previous = frame
            }
            if run >= runs / 10 { samples.append(nanos) }
        }
        return (samples, rawBaseline(runs: runs))
    }

    /// The demo store's sale screen with `count` lines rung up, effects left unperformed (nothing is kept).
    static func saleWithLines(_ count: Int) throws -> AppState {
        let pricing = try DemoStore.pricing()
        let profile = TerminalProfile(storeName: DemoStore.name, terminalID: "T1", training: true, pricing: pricing,
                                      denominations: .chf, keymap: try DefaultKeymap.keymap())
        let sale = SaleSession(pricing: pricing, catalog: DemoStore.catalog, reader: try BarcodeReader(),
                               clock: { LocalTime(weekday: 2, hour: 10, minute: 0) })
        var state = AppState(profile: profile, sale: sale, now: Date())
        state.startSelling(as: try StaffMember(id: "bench", name: "Bench", role: .manager))
        for index in 0..<count {
            for character in "\(index % 3 + 1)*\(["101", "201", "4006381333931", "4011"][index % 4])" {
                _ = state.reduce(.key(KeyChord(.character(character))), .live)
            }
            _ = state.reduce(.key(KeyChord(.enter)), .live)
        }
        return state
    }

    private func rawBaseline(runs: Int) -> [UInt64] {
        let count = 200 * 60
        var previous = [UInt64](repeating: 0, count: count)
        var samples: [UInt64] = []
        for run in 0..<runs {
            let nanos = time {
                var frame = [UInt64](repeating: 0x20, count: count)
                for index in stride(from: run % 200, to: count, by: 3) { frame[index] = UInt64(index & 0xFF) }
                var changed = 0
                for index in 0..<count where frame[index] != previous[index] { changed += 1 }
                precondition(changed >= 0)
                previous = frame
            }
            samples.append(nanos)
        }
        return samples
    }
}
