public import Foundation
import GRDB
public import TillCore

/// A finished exercise, as a trainer's summary lists it.
public struct TrainingAttempt: Hashable, Sendable {
    public let exerciseID: String
    public let exerciseTitle: String
    public let staffID: String
    public let startedAt: Date
    public let finishedAt: Date
    public let score: ExerciseScore

    public init(exerciseID: String, exerciseTitle: String, staffID: String, startedAt: Date, finishedAt: Date, score: ExerciseScore) {
        self.exerciseID = exerciseID
        self.exerciseTitle = exerciseTitle
        self.staffID = staffID
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.score = score
    }
}

extension AppDatabase {
    /// Keeps a finished exercise's score.
    public func record(_ attempt: TrainingAttempt) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO training_attempt (exercise_id, exercise_title, staff_id, started_at, finished_at, seconds, keystrokes,
                                              mistakes, points)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [attempt.exerciseID, attempt.exerciseTitle, attempt.staffID, Timestamp.text(attempt.startedAt),
                                 Timestamp.text(attempt.finishedAt), attempt.score.seconds, attempt.score.keystrokes,
                                 attempt.score.mistakes, attempt.score.points])
        }
    }

    /// Finished exercises, oldest first; one trainee's when `staffID` is given.
    public func trainingAttempts(staffID: String? = nil) throws(StoreError) -> [TrainingAttempt] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM training_attempt WHERE ? IS NULL OR staff_id = ? ORDER BY finished_at, id
                """, arguments: [staffID, staffID]).map { row in
                TrainingAttempt(exerciseID: row["exercise_id"], exerciseTitle: row["exercise_title"], staffID: row["staff_id"],
                                startedAt: Timestamp.date(row["started_at"]) ?? .distantPast,
                                finishedAt: Timestamp.date(row["finished_at"]) ?? .distantPast,
                                score: ExerciseScore(seconds: row["seconds"], keystrokes: row["keystrokes"], mistakes: row["mistakes"],
                                                     points: row["points"]))
            }
        }
    }
}
