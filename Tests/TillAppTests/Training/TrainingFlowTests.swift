import Foundation
import Testing
import TermUI
@testable import TillApp
import TillCore
import TillStore

/// A trainee working through exercises at a lane in training mode, as the keys drive it.
@Suite struct TrainingFlowTests {
    func trainingLane() throws -> TestTerminal {
        let till = try TestTerminal(training: true)
        till.app.state.profile.exercises = try ShareDirectory(path: RepositoryFiles.root.path).exercises()
        try till.openShift()
        return till
    }

    @Test func theFirstExerciseIsDoneEndToEndAndItsScoreKept() throws {
        // Given a trainee at a lane in training
        let till = try trainingLane()

        // When they open the exercises (Alt-T), start the first, make a mistake and then do it right
        try till.press("M-t")
        guard case .exercises? = till.state.overlay else { Issue.record("no training menu"); return }
        #expect(till.screen().contains { $0.contains("Your first sale") })
        try till.press("enter")
        #expect(till.state.training.attempt?.exercise.id == "first-sale")
        till.type("999")
        till.type("101")
        try till.press("F2")
        try till.press("F2")

        // Then the exercise is done with the mistake counted, and its score is in the store
        #expect(till.state.training.attempt == nil)
        let score = try #require(till.state.training.lastScore)
        #expect(score.mistakes == 1)
        #expect(score.points == 90)
        #expect(till.state.sale.message?.text.hasPrefix("Exercise \"Your first sale\" done: 90 points") == true)
        let kept = try till.database.trainingAttempts(staffID: "1")
        #expect(kept.map(\.exerciseID) == ["first-sale"] && kept.first?.score == score)
        #expect(till.state.training.best("first-sale") == 90)
        // And the training sale stayed out of the real figures
        #expect(try till.database.outbox(limit: 1_000).allSatisfy { $0.kind != "sale" })
    }

    @Test func parkingAndRecallingIsFollowedStepByStep() throws {
        let till = try trainingLane()
        try till.press("M-t")
        for _ in 0..<7 { try till.press("down") }
        #expect(till.screen().contains { $0.contains("Ring up a pot of tea") })
        try till.press("enter")
        #expect(till.state.training.attempt?.exercise.id == "park-and-recall")

        till.type("104")
        try till.press("F7")
        till.type("Table 4")
        #expect(till.state.training.attempt?.completedSteps == 1)
        till.type("101")
        try till.press("F2")
        try till.press("F2")
        #expect(till.state.training.attempt?.completedSteps == 2)
        try till.press("F8")
        try till.press("enter")
        #expect(till.state.training.attempt?.completedSteps == 3)
        try till.press("F2")
        try till.press("F2")
        #expect(till.state.training.lastScore?.mistakes == 0)
        #expect(try till.database.trainingAttempts().count == 1)
    }

    @Test func theExercisePanelShowsTheStepAndHintsAreAskedFor() throws {
        let till = try trainingLane()
        try till.press("M-t")
        try till.press("enter")
        // The panel beside the sale says what to do now
        let screen = till.screen(width: 200, height: 60).joined(separator: "\n")
        #expect(screen.contains("Your first sale · step 1/1"))
        // Alt-T during the exercise shows its hints one by one, and X gives it up
        try till.press("M-t")
        till.app.send(.key(KeyChord(.character("h"))))
        #expect(till.screen().contains { $0.contains("Hint: The command line at the bottom takes codes") })
        till.app.send(.key(KeyChord(.character("x"))))
        #expect(till.state.training.attempt == nil)
    }

    @Test func aLiveLaneOffersTrainingInsteadOfExercisesAndTheRandomScanKeyDoesNothing() throws {
        let till = try TestTerminal(training: false)
        till.app.state.profile.exercises = try ShareDirectory(path: RepositoryFiles.root.path).exercises()
        try till.openShift()
        try till.press("M-t")
        guard case .approval(let prompt)? = till.state.overlay else {
            Issue.record("a cashier's Alt-T should ask a supervisor to put the lane into training")
            return
        }
        #expect(prompt.pending == .laneChange(.intoTraining))
        try till.press("esc")
        try till.press("M-b")
        #expect(till.state.sale.cart.lines.isEmpty)
    }

    @Test func theRandomScanKeyRingsUpABarcodedItemInTraining() throws {
        let till = try trainingLane()
        try till.press("M-b")
        // The item is in the cart, or asks its question first (an age check, a weight)
        #expect(till.state.sale.cart.lines.count == 1 || till.state.sale.prompt != nil, "\(String(describing: till.state.sale.message))")
    }
}
