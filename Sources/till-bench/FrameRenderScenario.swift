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
        var session = SaleSession(pricing: try DemoStore.pricing(), catalog: DemoStore.catalog, reader: try BarcodeReader(),
                                  clock: { LocalTime(weekday: 2, hour: 10, minute: 0) })
        for index in 0..<40 {
            for character in "\(index % 3 + 1)*\(["101", "201", "4006381333931", "4011"][index % 4])" {
                _ = session.type(KeyChord(character))
            }
            session.handle(.submit)
        }
        let screen = SaleScreen(storeName: DemoStore.name, training: true, keymap: try DefaultKeymap.keymap())
        let theme = Theme.monochrome
        var previous = Buffer(width: 200, height: 60)
        var samples: [UInt64] = []
        for run in 0..<(runs + runs / 10) {
            session.lines.selected = run % 40
            let nanos = time {
                var frame = Buffer(width: 200, height: 60)
                screen.render(&session, into: &frame, theme: theme)
                let runs = frame.diff(from: previous)
                precondition(!runs.isEmpty || run > 0)
                previous = frame
            }
            if run >= runs / 10 { samples.append(nanos) }
        }
        return (samples, rawBaseline(runs: runs))
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
