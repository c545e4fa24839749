import Testing
@testable import TillHub
import TillWire

@Suite struct PushPlanTests {
    private func events(_ seqs: Int64...) -> [WireEvent] {
        seqs.map { Wire.shiftOpen($0, id: "e\($0)") }
    }

    @Test func eventsAtOrBelowTheCursorAreSkipped() {
        let plan = PushPlan(events(1, 2, 3, 4), cursor: 2)
        #expect(plan.events.map(\.seq) == [3, 4])
        #expect(plan.expectedSeq == nil)
    }

    @Test func aGapStopsThePlanAndNamesTheMissingSequence() {
        let plan = PushPlan(events(3, 4, 6, 7), cursor: 2)
        #expect(plan.events.map(\.seq) == [3, 4])
        #expect(plan.expectedSeq == 5)
    }

    @Test func aBatchStartingPastTheCursorTakesNothing() {
        let plan = PushPlan(events(5, 6), cursor: 2)
        #expect(plan.events.isEmpty)
        #expect(plan.expectedSeq == 3)
    }

    @Test func anEmptyPushTakesNothingAndAsksNothing() {
        let plan = PushPlan([], cursor: 7)
        #expect(plan.events.isEmpty)
        #expect(plan.expectedSeq == nil)
    }
}
