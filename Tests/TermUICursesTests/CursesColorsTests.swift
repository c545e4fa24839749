import TermUI
import Testing

@testable import TermUICurses

/// Colour pairs: one per (foreground, background), allocated once, with colours degraded to what the
/// terminal has.
struct CursesColorsTests {
    /// Pairs a fake terminal was asked to define, in order.
    private final class Allocations {
        var pairs: [(pair: Int32, foreground: Int32, background: Int32)] = []
    }

    private func colors(
        _ capability: ColorCapability, defaultColors: Bool = true, pairLimit: Int32 = 256, log: Allocations
    ) -> CursesColors {
        CursesColors(capability: capability, hasDefaultColors: defaultColors, pairLimit: pairLimit) { pair, fg, bg in
            log.pairs.append((pair, fg, bg))
            return true
        }
    }

    @Test func eachColourCombinationIsAllocatedOnce() {
        let log = Allocations()
        var colors = colors(.xterm256, log: log)
        let first = colors.pair(foreground: .red, background: .default)
        let second = colors.pair(foreground: .white, background: .blue)
        #expect(colors.pair(foreground: .red, background: .default) == first)
        #expect(first == 1 && second == 2)
        #expect(log.pairs.map(\.pair) == [1, 2])
        #expect(log.pairs[0].foreground == 1 && log.pairs[0].background == -1)
    }

    @Test func defaultColoursArePairZero() {
        let log = Allocations()
        var colors = colors(.xterm256, log: log)
        #expect(colors.pair(foreground: .default, background: .default) == 0)
        #expect(log.pairs.isEmpty)
    }

    @Test func coloursDegradeToEightAndMono() {
        let log = Allocations()
        var eight = colors(.ansi8, log: log)
        _ = eight.pair(foreground: .indexed(9), background: .rgb(0, 0, 250))
        #expect(log.pairs.last?.foreground == 1)
        #expect(log.pairs.last?.background == 4)
        var mono = colors(.mono, log: log)
        #expect(mono.pair(foreground: .red, background: .blue) == 0)
        #expect(log.pairs.count == 1)
    }

    @Test func rgbBecomesAPaletteEntryOn256Colours() {
        let log = Allocations()
        var colors = colors(.xterm256, log: log)
        _ = colors.pair(foreground: .rgb(255, 0, 0), background: .default)
        #expect(log.pairs.last?.foreground == 196)
    }

    @Test func withoutDefaultColoursTheDefaultIsWhiteOnBlack() {
        let log = Allocations()
        var colors = colors(.ansi8, defaultColors: false, log: log)
        #expect(colors.pair(foreground: .white, background: .black) == 0)
        _ = colors.pair(foreground: .red, background: .default)
        #expect(log.pairs.last?.background == 0)
    }

    @Test func exhaustedPairsFallBackToTheDefault() {
        let log = Allocations()
        var colors = colors(.xterm256, pairLimit: 2, log: log)
        #expect(colors.pair(foreground: .red, background: .default) == 1)
        #expect(colors.pair(foreground: .green, background: .default) == 0)
    }
}
