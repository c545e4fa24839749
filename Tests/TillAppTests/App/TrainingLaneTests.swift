import Foundation
import Testing
@testable import TillApp
import TillCore
import TillStore

/// A trainer moves a live lane into training and back: the lane runs on a fresh practice copy of the
/// store, and nothing rung up there reaches the live store.
@Suite struct TrainingLaneTests {
    @Test func aTrainerPutsALiveLaneIntoTrainingOnceTheyConfirm() throws {
        // Given a trainer logged in on a live lane
        let till = try TestTerminal()
        try till.openShift(as: "5", pin: "5555")
        // When Alt-T asks, and Esc says no
        try till.press("M-t")
        #expect(till.state.overlay == .laneChange(.intoTraining))
        #expect(till.screen().contains { $0.contains("Put this lane into training?") })
        try till.press("esc")
        // Then the lane stays live
        #expect(till.state.overlay == nil)
        #expect(till.state.laneChange == nil && !till.state.wantsToQuit)
        #expect(till.state.sale.message?.text == "The lane stays live")
        // And when Enter confirms, the app ends its run for the practice copy
        try till.press("M-t")
        try till.press("enter")
        #expect(till.state.laneChange == .intoTraining)
        #expect(till.state.wantsToQuit)
    }

    @Test func aCashierNeedsASupervisorToSwitchAndNeverWithASaleUnderWay() throws {
        let till = try TestTerminal()
        try till.openShift()
        // With a sale under way, the lane stays where it is
        till.type("101")
        try till.press("M-t")
        #expect(till.state.overlay == nil)
        #expect(till.state.sale.message?.text == "Finish, park or void the sale first: a lane changes stores with an empty sale")
        try till.press("F2")
        try till.press("F2")
        #expect(till.state.sale.cart.lines.isEmpty)
        // A cashier's request waits for a supervisor, whose approval is the go-ahead
        try till.press("M-t")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("no approval prompt")
            return
        }
        #expect(prompt.action == .permission(.trainingMode))
        till.type("2")
        till.type("2222")
        till.type("new starter")
        #expect(till.state.laneChange == .intoTraining)
    }

    @Test func theCopyHasTheStoreButNothingThatWouldReachTheWorld() throws {
        // Given a live lane paired with a hub, with a printer that is not there, one sale in its outbox
        // and its receipt queued, and a second sale half rung up
        let live = try TestTerminal(printer: "tcp://127.0.0.1:9")
        try live.database.savePairing(hubURL: "http://127.0.0.1:9", storeID: "S", token: "t", at: live.clock.now)
        try live.openShift()
        live.type("101")
        try live.press("F2")
        try live.press("F2")
        live.type("102")
        let day = try live.database.bookingDay(for: live.clock.now)
        let liveSales = try live.database.sales(on: day).count
        let liveEvents = try live.database.outbox().count
        #expect(try live.database.pendingPrintJobs() == 1)

        // When the lane goes into training
        let practice = try TrainingLane.prepare(from: DataDirectory(url: live.folder))

        // Then its copy is a training store without hub, pairing, unsent events, printouts or kept cart
        let (copy, settings) = try StoreSetup.open(directory: practice)
        #expect(settings.training)
        #expect(settings.hubURL == nil)
        #expect(try copy.syncState() == nil)
        #expect(try copy.outbox().isEmpty)
        #expect(try copy.pendingPrintJobs() == 0)
        #expect(try copy.openCart(terminalID: settings.terminalID) == nil)
        // But with the live store's history and its open shift
        #expect(try copy.sales(on: day).count == liveSales)
        // And what is rung up on the copy is training and stays there
        let lane = try TestTerminal(opening: practice, trainingCopy: true)
        #expect(lane.state.profile.training)
        lane.logIn("1", "1111")
        #expect(lane.state.route == .sale)
        lane.type("101")
        try lane.press("F2")
        try lane.press("F2")
        #expect(lane.state.sale.lastSale?.order.training == true)
        #expect(try live.database.sales(on: day).count == liveSales)
        #expect(try live.database.sales(on: day, training: true).isEmpty)
        #expect(try live.database.outbox().count == liveEvents)
        #expect(try live.database.openCart(terminalID: settings.terminalID)?.lines.count == 1)
    }

    @Test func backToLiveFromTheTrainingMenuAndTheScoresStay() throws {
        // Given a lane on its practice copy, where a trainee has a score
        let live = try TestTerminal()
        let directory = DataDirectory(url: live.folder)
        let practice = try TrainingLane.prepare(from: directory)
        let lane = try TestTerminal(opening: practice, trainingCopy: true)
        try lane.database.record(TrainingAttempt(exerciseID: "first-sale", exerciseTitle: "A first sale", staffID: "1",
                                                 startedAt: lane.clock.now, finishedAt: lane.clock.now,
                                                 score: ExerciseScore(seconds: 40, keystrokes: 12, mistakes: 0, points: 100)))
        // When the trainer opens the training menu, where L goes back to live
        try lane.openShift(as: "5", pin: "5555")
        try lane.press("M-t")
        #expect(lane.screen().contains { $0.contains("L back to live") })
        try lane.press("l")
        #expect(lane.state.overlay == .laneChange(.backToLive))
        try lane.press("enter")
        // Then the app ends its run for the live store
        #expect(lane.state.laneChange == .backToLive)
        // And the next copy keeps the trainee's score, while the live store never had it
        _ = try TrainingLane.prepare(from: directory)
        let (copy, _) = try StoreSetup.open(directory: practice)
        #expect(try copy.trainingAttempts(staffID: "1").map(\.score.points) == [100])
        #expect(try live.database.trainingAttempts().isEmpty)
    }
}
