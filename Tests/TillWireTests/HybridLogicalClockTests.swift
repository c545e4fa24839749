import Testing
import TillWire

@Suite struct HybridLogicalClockTests {
    @Test func readingsGrowEvenWhenTheWallClockStandsStillOrGoesBack() throws {
        var clock = HybridLogicalClock(node: "T1")
        let a = try clock.tick(now: 1_000)
        let b = try clock.tick(now: 1_000)
        let c = try clock.tick(now: 900)
        #expect(a < b && b < c)
        #expect(c.millis == 1_000 && c.counter == 2)
        let d = try clock.tick(now: 1_001)
        #expect(d.millis == 1_001 && d.counter == 0)
    }

    @Test func receivingARemoteReadingMovesTheClockPastIt() throws {
        var clock = HybridLogicalClock(node: "T1")
        _ = try clock.tick(now: 1_000)
        let remote = HLCTimestamp(millis: 5_000, counter: 7, node: "T2")
        let merged = try clock.receive(remote, now: 1_200)
        #expect(merged > remote)
        #expect(merged.millis == 5_000 && merged.counter == 8)
        #expect(try clock.tick(now: 1_300) > merged)
    }

    @Test func aRemoteClockTooFarAheadIsRefused() {
        var clock = HybridLogicalClock(node: "T1", maxDriftMillis: 60_000)
        let farAhead = HLCTimestamp(millis: 1_000 + 60_001, counter: 0, node: "T9")
        #expect(throws: HLCError.driftTooLarge(remoteMillis: 61_001, localMillis: 1_000, maxDriftMillis: 60_000)) {
            try clock.receive(farAhead, now: 1_000)
        }
        #expect(clock.last.millis == 0)
    }

    @Test func theTextFormSortsLikeTheTimestamps() {
        let stamps = [
            HLCTimestamp(millis: 99, counter: 300, node: "B"),
            HLCTimestamp(millis: 100, counter: 1, node: "A"),
            HLCTimestamp(millis: 99, counter: 20, node: "C"),
        ]
        #expect(stamps.sorted().map(\.description) == stamps.map(\.description).sorted())
    }
}
