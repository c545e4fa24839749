import GRDB

/// Scores of training exercises, per trainee: what a trainer's summary lists. Attempts are not sales
/// and never sync.
enum TrainingSchema {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE training_attempt (
                id INTEGER PRIMARY KEY,
                exercise_id TEXT NOT NULL CHECK (length(exercise_id) > 0),
                exercise_title TEXT NOT NULL,
                staff_id TEXT NOT NULL,
                started_at TEXT NOT NULL,
                finished_at TEXT NOT NULL,
                seconds INTEGER NOT NULL CHECK (seconds >= 0),
                keystrokes INTEGER NOT NULL CHECK (keystrokes >= 0),
                mistakes INTEGER NOT NULL CHECK (mistakes >= 0),
                points INTEGER NOT NULL CHECK (points BETWEEN 0 AND 100)
            ) STRICT;
            CREATE INDEX training_attempt_by_staff ON training_attempt(staff_id, exercise_id);
            """)
    }
}
