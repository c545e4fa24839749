#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

extension AppDatabase {
    /// Makes `directory`'s database a fresh practice copy of this store: everything a lane reads
    /// (catalog, staff, customers, the open shift, history) as of now, but nothing that would reach
    /// the world from it: no hub pairing, no unsent events, no queued printouts, no kept cart. The
    /// trainees' exercise scores of the copy it replaces carry over.
    ///
    /// Only reads this database (`VACUUM INTO`), so a lane in training never writes to live data. The
    /// copy is made beside its place and renamed into it, so a failure leaves the last copy whole.
    public func writeTrainingCopy(into directory: DataDirectory) throws(StoreError) {
        try directory.create()
        let target = directory.databaseURL.path(percentEncoded: false)
        let partial = target + ".partial"
        Self.removeDatabaseFiles(at: partial)
        let previous = FileManager.default.fileExists(atPath: target) ? target : nil
        do {
            try writer.writeWithoutTransaction { try $0.execute(sql: "VACUUM INTO ?", arguments: [partial]) }
            let copy = try DatabaseQueue(path: partial)
            try copy.writeWithoutTransaction { db in
                if let previous { try db.execute(sql: "ATTACH DATABASE ? AS previous", arguments: [previous]) }
                try db.inTransaction {
                    try db.execute(sql: """
                        DELETE FROM sync_state; DELETE FROM outbox; DELETE FROM print_job;
                        DELETE FROM open_cart; DELETE FROM redemption_hold;
                        """)
                    if previous != nil {
                        try db.execute(sql: "DELETE FROM training_attempt; INSERT INTO training_attempt SELECT * FROM previous.training_attempt")
                    }
                    return .commit
                }
                if previous != nil { try db.execute(sql: "DETACH DATABASE previous") }
            }
            try copy.close()
        } catch {
            Self.removeDatabaseFiles(at: partial)
            throw StoreError.from(error, path: partial)
        }
        // The last copy goes, with its journal files, before the new one takes its name.
        Self.removeDatabaseFiles(at: target)
        guard rename(partial, target) == 0 else { throw DataDirectory.error(errno: errno, path: target) }
    }
}
