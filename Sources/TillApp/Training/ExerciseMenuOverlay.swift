import TermUI
import TillCore

/// Draws the training menu: the exercises with the trainee's best scores, and the highlighted one's
/// instructions (or the hints asked for, while an exercise is under way).
enum ExerciseMenuOverlay {
    static func render(_ menu: ExerciseMenu, state: AppState, into buffer: inout Buffer, area: Rect, theme: Theme) {
        let exercises = state.profile.exercises
        let box = area.centered(width: min(area.width, 76), height: min(area.height, exercises.count + 12))
        Block(title: "Training exercises", border: .double, styleKey: "dialog", borderKey: "dialog.border", titleKey: "dialog.title")
            .render(into: &buffer, area: box, theme: theme)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        let parts = Layout.rows([.fixed(min(exercises.count + 1, max(2, inner.height - 6))), .fill(), .fixed(1)]).split(inner)
        let rows = exercises.enumerated().map { index, exercise in
            Table.Row(["\(index + 1)", exercise.title, "\(exercise.steps.count)", state.training.best(exercise.id).map { "\($0)" } ?? "–"])
        }
        var table = menu.table
        Table(columns: [.init("#", width: .fixed(3), alignment: .right), .init("Exercise"),
                        .init("Steps", width: .fixed(6), alignment: .right), .init("Best", width: .fixed(5), alignment: .right)],
              rows: rows, styleKey: "dialog").render(into: &buffer, area: parts[0], theme: theme, state: &table)
        var y = parts[1].y + 1
        for line in detail(menu, state: state) where y < parts[1].maxY {
            for wrapped in TextWrap.lines(line, width: parts[1].width) where y < parts[1].maxY {
                _ = buffer.write(wrapped, x: parts[1].x, y: y, style: theme.style("dialog"), clip: parts[1])
                y += 1
            }
        }
        let keys = (state.training.attempt == nil ? "Enter start · Esc close" : "Enter start another · H hint · X give up · Esc back")
            + (state.profile.isTrainingCopy ? " · L back to live" : "")
        _ = buffer.write(keys, x: inner.x, y: parts[2].y, style: theme.style("muted"), clip: inner)
    }

    /// What to read under the list: the exercise under way's step and hints, else the highlighted one's instructions.
    private static func detail(_ menu: ExerciseMenu, state: AppState) -> [String] {
        if let attempt = state.training.attempt {
            let step = min(attempt.completedSteps, attempt.exercise.instructions.count - 1)
            return ["Under way: \(attempt.exercise.title), step \(attempt.completedSteps + 1) of \(attempt.exercise.steps.count)",
                    attempt.exercise.instructions.indices.contains(step) ? attempt.exercise.instructions[step] : ""]
                + attempt.exercise.hints.prefix(state.training.hintsShown).map { "Hint: \($0)" }
        }
        guard let index = menu.table.selected, state.profile.exercises.indices.contains(index) else { return [] }
        return state.profile.exercises[index].instructions
    }
}

/// The exercise under way, beside the sale: the step to do now and what it has cost so far.
struct ExercisePanel: Widget {
    let attempt: ExerciseAttempt

    func render(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.drawBox(area, border: .rounded, style: theme.style("border"))
        let inner = area.inset(by: 1)
        let exercise = attempt.exercise
        let step = min(attempt.completedSteps, exercise.instructions.count - 1)
        var lines = ["\(exercise.title) · step \(attempt.completedSteps + 1)/\(exercise.steps.count)"]
        if exercise.instructions.indices.contains(step) { lines += TextWrap.lines(exercise.instructions[step], width: inner.width) }
        lines.append("Keys \(attempt.keystrokes) · mistakes \(attempt.mistakes.count)")
        lines.append("Alt-T: hints, give up")
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            _ = buffer.write(line, x: inner.x, y: inner.y + offset, style: theme.style(offset == 0 ? "cart.total" : "cart"), clip: inner)
        }
    }
}
