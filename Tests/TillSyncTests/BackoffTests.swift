import Testing
import TillSync

@Suite struct BackoffTests {
    @Test func ceilingDoublesFromOneSecondAndStopsAtSixty() {
        var backoff = Backoff()
        var highest = HighestGenerator()

        let delays = (0..<9).map { _ in backoff.delayAfterFailure(using: &highest) }

        #expect(delays == [1, 2, 4, 8, 16, 32, 60, 60, 60].map { Duration.seconds($0) })
        #expect(backoff.failures == 9)
    }

    @Test func fullJitterCanDrawZero() {
        var backoff = Backoff()
        var lowest = LowestGenerator()

        for _ in 0..<5 {
            #expect(backoff.delayAfterFailure(using: &lowest) == .zero)
        }
    }

    @Test(arguments: Array(0..<12))
    func everyDelayStaysWithinItsAttemptsBounds(attempt: Int) {
        var generator = SplitMix64(state: UInt64(attempt) &* 7_919)
        let ceiling = Duration.seconds(min(60, 1 << attempt))

        for _ in 0..<200 {
            var backoff = Backoff()
            var skip = LowestGenerator()
            for _ in 0..<attempt { _ = backoff.delayAfterFailure(using: &skip) }

            let delay = backoff.delayAfterFailure(using: &generator)

            #expect(delay >= .zero && delay <= ceiling)
        }
    }

    @Test func seededRunsRepeat() {
        var first = Backoff(), second = Backoff()
        var a = SplitMix64(state: 42), b = SplitMix64(state: 42)

        let one = (0..<8).map { _ in first.delayAfterFailure(using: &a) }
        let two = (0..<8).map { _ in second.delayAfterFailure(using: &b) }

        #expect(one == two)
        #expect(Set(one).count > 1)
    }

    @Test func retryAfterWinsEvenBeyondTheCap() {
        var backoff = Backoff()
        var highest = HighestGenerator()

        #expect(backoff.delayAfterFailure(retryAfter: .seconds(120), using: &highest) == .seconds(120))
        #expect(backoff.delayAfterFailure(retryAfter: .zero, using: &highest) == .zero)
        #expect(backoff.failures == 2)
        #expect(backoff.delayAfterFailure(using: &highest) == .seconds(4))
    }

    @Test func resetStartsOverFromTheBase() {
        var backoff = Backoff()
        var highest = HighestGenerator()
        for _ in 0..<5 { _ = backoff.delayAfterFailure(using: &highest) }

        backoff.reset()

        #expect(backoff.failures == 0)
        #expect(backoff.delayAfterFailure(using: &highest) == .seconds(1))
    }

    @Test func hugeAttemptCountsDoNotOverflow() {
        var backoff = Backoff(base: .milliseconds(500), cap: .seconds(60))
        var highest = HighestGenerator()
        for _ in 0..<200 { _ = backoff.delayAfterFailure(using: &highest) }

        #expect(backoff.delayAfterFailure(using: &highest) == .seconds(60))
    }
}
