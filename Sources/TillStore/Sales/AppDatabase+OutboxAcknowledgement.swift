public import Foundation
import GRDB

extension AppDatabase {
    /// Marks every event now in the outbox as received by the hub at `date`, so none is counted as
    /// unsynced; events acknowledged before keep their first time.
    ///
    /// For a store whose history was made up where no hub exists (the demo store), whose status bar
    /// would otherwise report its whole history as waiting to sync.
    public func acknowledgeOutbox(at date: Date) throws(StoreError) {
        try write { db in
            try db.execute(sql: "UPDATE outbox SET acknowledged_at = ? WHERE acknowledged_at IS NULL", arguments: [Timestamp.text(date)])
        }
    }
}
