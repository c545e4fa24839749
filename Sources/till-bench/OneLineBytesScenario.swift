import Foundation
import TermUI
import TermUICurses

/// Bytes the ncurses backend writes for an 80×24 frame where one line changed.
///
/// Baseline: the bytes of a full repaint of the same frame, so the ratio shows what diffing saves.
struct OneLineBytesScenario: Scenario {
    let name = "tui-one-line-bytes"
    let unit = "bytes"
    let target = Target.p99Below(200, "p99 < 200 bytes")

    func measure(runs: Int, quick: Bool) throws -> (samples: [UInt64], baseline: [UInt64]) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("till-bench-\(getpid()).out").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let backend = try CursesBackend(options: CursesOptions(
            terminalType: "xterm-256color", input: .path("/dev/null"), output: .path(path),
            size: Size(width: 80, height: 24), restoresOnSignals: false))
        defer { backend.close() }
        var terminal = Terminal(backend: backend)
        var samples: [UInt64] = []
        var baseline: [UInt64] = []
        for run in 0..<min(runs, 300) {
            let before = terminal.backend.outputByteCount ?? 0
            try terminal.draw { frame(&$0, changedLine: run) }
            let after = terminal.backend.outputByteCount ?? 0
            if run > 0 { samples.append(UInt64(after - before)) }
            terminal.invalidate()
            try terminal.draw { frame(&$0, changedLine: run) }
            baseline.append(UInt64((terminal.backend.outputByteCount ?? 0) - after))
        }
        return (samples, baseline)
    }

    /// A full screen of text where only line 5 differs from one frame to the next.
    private func frame(_ buffer: inout Buffer, changedLine: Int) {
        for y in 0..<buffer.height {
            let text = y == 5 ? "line 5 changed in frame \(changedLine)" : "line \(y): espresso 4.20 croissant 1.90 water 1.35"
            _ = buffer.write(text, x: 0, y: y, style: y % 2 == 0 ? .plain : Style(foreground: .cyan))
        }
    }
}
