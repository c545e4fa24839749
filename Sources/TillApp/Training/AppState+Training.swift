import Foundation
import TermUI
import TillCore
import TillDevices
import TillStore

extension AppState {
    /// Opens the training menu on a lane in training; on a live lane, asks to move it into training.
    mutating func openExercises() -> [Effect] {
        guard profile.training else { return requestLaneChange(.intoTraining) }
        guard !profile.exercises.isEmpty || profile.isTrainingCopy else {
            show(Message("No exercises are installed (exercises/*.toml)", .warning))
            return []
        }
        overlay = .exercises(ExerciseMenu())
        return user.map { [.loadTrainingScores(staffID: $0.id)] } ?? []
    }

    /// Keys on the training menu: move, Enter starts the highlighted exercise, H shows the next hint
    /// of the one under way, X gives it up, Esc closes.
    mutating func exerciseMenuKey(_ chord: KeyChord, _ menu: ExerciseMenu) -> [Effect] {
        var menu = menu
        let exercises = profile.exercises
        switch (action(for: chord), chord.key) {
        case (.up, _): menu.table.move(by: -1, rowCount: exercises.count)
        case (.down, _): menu.table.move(by: 1, rowCount: exercises.count)
        case (.submit, _):
            overlay = nil
            guard let index = menu.table.selected, exercises.indices.contains(index) else { return [] }
            return start(exercises[index])
        case (_, .character("h")), (_, .character("H")):
            guard let attempt = training.attempt else { break }
            training.hintsShown = min(attempt.exercise.hints.count, training.hintsShown + 1)
        case (_, .character("l")) where profile.isTrainingCopy, (_, .character("L")) where profile.isTrainingCopy:
            overlay = nil
            return requestLaneChange(.backToLive)
        case (_, .character("x")), (_, .character("X")):
            guard let attempt = training.attempt else { break }
            training.attempt = nil
            overlay = nil
            show(Message("Exercise \"\(attempt.exercise.title)\" given up", .warning))
            return []
        case (.cancel, _):
            overlay = nil
            return []
        default:
            break
        }
        overlay = .exercises(menu)
        return []
    }

    /// Starts an exercise on a clean sale screen.
    private mutating func start(_ exercise: Exercise) -> [Effect] {
        guard sale.cart.lines.isEmpty else {
            show(Message("Finish or park the sale in progress before starting an exercise", .warning))
            return []
        }
        training.attempt = ExerciseAttempt(exercise, startedAt: now)
        training.traineeID = user?.id
        training.hintsShown = 0
        route = .sale
        show(Message("Exercise \"\(exercise.title)\": \(exercise.instructions.first ?? "")", .ok))
        return []
    }

    /// What an exercise needs to see of the lane before an event is applied.
    var trainingSnapshot: TrainingSnapshot? {
        guard training.attempt != nil else { return nil }
        return TrainingSnapshot(voidedLines: sale.cart.lines.count { $0.voided }, message: visibleMessage)
    }

    /// Tells the exercise under way what the event did; asks to keep the score once it is finished.
    mutating func observeTraining(_ event: AppEvent, effects: [Effect], before: TrainingSnapshot) -> [Effect] {
        guard var attempt = training.attempt else { return [] }
        for fact in facts(of: event, effects: effects, before: before) { attempt.record(fact, at: now) }
        training.attempt = attempt
        guard let score = attempt.score, let finishedAt = attempt.finishedAt else { return [] }
        training.attempt = nil
        training.lastScore = score
        show(Message("Exercise \"\(attempt.exercise.title)\" done: \(score.points) points (\(score.seconds) s, "
                     + "\(score.keystrokes) keys, \(score.mistakes) mistake\(score.mistakes == 1 ? "" : "s"))", .ok))
        let record = TrainingAttempt(exerciseID: attempt.exercise.id, exerciseTitle: attempt.exercise.title,
                                     staffID: training.traineeID ?? user?.id ?? "", startedAt: attempt.startedAt, finishedAt: finishedAt,
                                     score: score)
        return [.recordTrainingAttempt(record)]
    }

    private func facts(of event: AppEvent, effects: [Effect], before: TrainingSnapshot) -> [TrainingFact] {
        var facts: [TrainingFact] = []
        switch event {
        case .key: facts.append(.keystroke)
        case .saleCommitted(let order, _): facts.append(.saleCompleted(order))
        case .refundCommitted(let refund, _): facts.append(.refunded(refund, of: orders.detail?.order))
        case .saleSuspended: facts.append(.parked)
        case .recalled(let cart?) where !cart.lines.isEmpty: facts.append(.recalled)
        default: break
        }
        for effect in effects {
            switch effect {
            case .recordMovement(let movement, _) where movement.kind == .paidOut: facts.append(.paidOut)
            case .recordMovement(let movement, _) where movement.kind == .noSale: facts.append(.noSale)
            case .closeShift: facts.append(.blindClose)
            default: break
            }
        }
        let voided = sale.cart.lines.count { $0.voided }
        if voided > before.voidedLines { facts += Array(repeating: .lineVoided, count: voided - before.voidedLines) }
        if let message = visibleMessage, message != before.message, message.kind == .error { facts.append(.refused(message.text)) }
        return facts
    }

    /// The feedback the current screen shows.
    private var visibleMessage: Message? {
        if case .approval(let prompt)? = overlay { return prompt.message }
        switch route {
        case .login: return login.message
        case .sale, .payment, .menu: return sale.message
        case .orders: return orders.message
        case .reports: return reports.message
        case .shift: return shiftForm.message
        case .inventory: return inventory.message
        case .customers: return customers.message
        case .floor: return restaurant.message
        }
    }
}

/// The lane as an exercise saw it before an event.
struct TrainingSnapshot {
    let voidedLines: Int
    let message: Message?
}
