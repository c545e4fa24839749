import Foundation
import Synchronization

/// Syncs in the background for as long as the till runs: a round every few seconds and at once
/// after a sale, backing off with full jitter (1 s to 60 s) while the hub is away and honouring its
/// Retry-After; the till never waits on it.
///
/// Every round is driven by the timer as well as by sales, so events written while the hub was
/// away go out as soon as it is back, with no new sale needed to trigger them.
public final class SyncLoop: Sendable {
    private let synchronizer: Synchronizer
    private let report: @Sendable (SyncOutcome) -> Void
    private let interval: Duration
    private let backoff: Backoff
    private let wakeup = Wakeup()
    private let task = Mutex<Task<Void, Never>?>(nil)

    /// `report` hears the outcome of every round, on a background thread.
    public init(synchronizer: Synchronizer, interval: Duration = .seconds(5), backoff: Backoff = Backoff(base: .seconds(1), cap: .seconds(60)),
                report: @escaping @Sendable (SyncOutcome) -> Void) {
        self.synchronizer = synchronizer
        self.interval = interval
        self.backoff = backoff
        self.report = report
    }

    /// Starts the rounds; once.
    public func start() {
        task.withLock { task in
            guard task == nil else { return }
            task = Task.detached { [self] in await run() }
        }
    }

    /// Asks for a round now (a sale was just recorded).
    public func wake() {
        wakeup.signal()
    }

    /// Ends the rounds after the one in hand.
    public func stop() {
        task.withLock { $0 }?.cancel()
        wakeup.signal()
    }

    private func run() async {
        var backoff = backoff
        var random = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            let delay: Duration
            do throws(SyncError) {
                report(.synced(try await synchronizer.syncOnce()))
                backoff.reset()
                delay = interval
            } catch {
                report(.failed(error))
                delay = backoff.delayAfterFailure(retryAfter: error.retryAfter, using: &random)
            }
            await wakeup.wait(upTo: delay)
        }
    }
}

/// How a round of sync ended.
public enum SyncOutcome: Sendable {
    case synced(SyncReport)
    case failed(SyncError)
}
