public import Foundation

/// A trainee working through an exercise: which step they are on, and what it has cost them.
///
/// Facts come in as the lane reports them; a fact that completes the current step moves on, a sale
/// or refund that does not match it is a mistake (a wrong item or tender), and voids beyond those a
/// step asks for are mistakes too.
public struct ExerciseAttempt: Hashable, Sendable {
    public let exercise: Exercise
    public let startedAt: Date
    /// Steps done so far.
    public private(set) var completedSteps = 0
    public private(set) var keystrokes = 0
    public private(set) var mistakes: [String] = []
    public private(set) var finishedAt: Date?
    /// Voids since the last completed step, forgiven when that step asked for them.
    private var voidsInStep = 0

    public init(_ exercise: Exercise, startedAt: Date) {
        self.exercise = exercise
        self.startedAt = startedAt
    }

    public var isFinished: Bool { finishedAt != nil }

    /// The step the trainee is on; nil once all are done.
    public var currentStep: ExerciseStep? {
        completedSteps < exercise.steps.count ? exercise.steps[completedSteps] : nil
    }

    /// Takes what happened at `time`.
    public mutating func record(_ fact: TrainingFact, at time: Date) {
        guard let step = currentStep else { return }
        switch fact {
        case .keystroke:
            keystrokes += 1
        case .lineVoided:
            voidsInStep += 1
        case .refused(let reason):
            mistakes.append(reason)
        default:
            if Self.fact(fact, completes: step) {
                if case .sale(let goal) = step, voidsInStep > goal.voidedLines {
                    mistakes.append("\(voidsInStep - goal.voidedLines) line(s) voided that the sale did not need")
                }
                voidsInStep = 0
                completedSteps += 1
                if completedSteps == exercise.steps.count { finishedAt = time }
            } else if let wrong = Self.mismatch(fact) {
                mistakes.append(wrong)
            }
        }
    }

    /// Whether `fact` is what `step` asks for.
    static func fact(_ fact: TrainingFact, completes step: ExerciseStep) -> Bool {
        switch (fact, step) {
        case (.saleCompleted(let order), .sale(let goal)): goal.isMet(by: order)
        case (.refunded(let refund, let order), .refund(let items)): ItemGoal.match(items, refund.itemsAsSold(order))
        case (.parked, .park), (.recalled, .recall), (.noSale, .noSale), (.paidOut, .paidOut), (.blindClose, .blindClose): true
        default: false
        }
    }

    /// A sale or refund that is not what the step asks for is a mistake; other facts are not.
    static func mismatch(_ fact: TrainingFact) -> String? {
        switch fact {
        case .saleCompleted: "a sale that is not the one asked for (items, options or tenders)"
        case .refunded: "a refund that is not the one asked for"
        default: nil
        }
    }

    /// The score out of 100: 10 points off per mistake, 1 per 5 keystrokes over par, 1 per 10 seconds
    /// over par; nil until finished.
    public var score: ExerciseScore? {
        guard let finishedAt else { return nil }
        let seconds = Int(finishedAt.timeIntervalSince(startedAt).rounded())
        return ExerciseScore(seconds: seconds, keystrokes: keystrokes, mistakes: mistakes.count,
                             points: max(0, 100 - 10 * mistakes.count - max(0, keystrokes - exercise.parKeystrokes) / 5
                                         - max(0, seconds - exercise.parSeconds) / 10))
    }
}

/// How an attempt went.
public struct ExerciseScore: Hashable, Codable, Sendable {
    public let seconds: Int
    public let keystrokes: Int
    public let mistakes: Int
    /// Out of 100.
    public let points: Int

    public init(seconds: Int, keystrokes: Int, mistakes: Int, points: Int) {
        self.seconds = seconds
        self.keystrokes = keystrokes
        self.mistakes = mistakes
        self.points = points
    }
}
