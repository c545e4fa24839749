import TillStore
import TillSync

/// Starts background sync when this terminal is paired with a hub, reporting each round to the app.
enum LaneSync {
    /// The running loop, or nil for a terminal that works alone.
    static func start(database: AppDatabase, inbox: AppInbox) throws(StoreError) -> SyncLoop? {
        guard try database.syncState() != nil else { return nil }
        let loop = SyncLoop(synchronizer: Synchronizer(database: database)) { outcome in
            switch outcome {
            case .synced: inbox.post(.syncRound(problem: nil))
            case .failed(let error): inbox.post(.syncRound(problem: SyncProblem(error)))
            }
        }
        loop.start()
        return loop
    }
}

extension SyncProblem {
    /// The problem a failed round stands for; being offline is expected and needs nobody, anything
    /// else needs a manager.
    init(_ error: SyncError) {
        switch error {
        case .unreachable, .busy, .hubFailed: self.init(text: error.description, needsManager: false)
        case .notPaired, .notAllowed, .refused, .unreadableAnswer, .store: self.init(text: error.description, needsManager: true)
        }
    }
}
