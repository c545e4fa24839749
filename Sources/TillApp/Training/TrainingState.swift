import Foundation
public import TermUI
public import TillCore
public import TillStore

/// Where the trainee stands: the exercise under way, if any, and the scores so far.
public struct TrainingState: Hashable, Sendable {
    /// The exercise being worked through.
    public var attempt: ExerciseAttempt?
    /// Who is working through it.
    public var traineeID: String?
    /// Hints of the current exercise shown so far.
    public var hintsShown = 0
    /// The logged-in trainee's finished attempts, as the store last listed them.
    public var scores: [TrainingAttempt] = []
    /// How the last exercise ended, for the message after it.
    public var lastScore: ExerciseScore?

    public init() {}

    /// The trainee's best score of an exercise.
    public func best(_ exerciseID: String) -> Int? {
        scores.filter { $0.exerciseID == exerciseID }.map(\.score.points).max()
    }
}

/// The training menu over the screen: the exercises, with the highlighted one's instructions.
public struct ExerciseMenu: Hashable, Sendable {
    public var table = TableState(selected: 0)

    public init() {}
}
