import Synchronization

/// Lets the sync loop sleep until its next round is due, or until a sale asks for one sooner.
final class Wakeup: Sendable {
    private struct State {
        var pending = false
        var waiter: (id: Int, continuation: CheckedContinuation<Void, Never>)?
        var nextID = 0
    }

    private let state = Mutex(State())

    /// Ends the current wait, or the next one at once if none is waiting.
    func signal() {
        let waiter = state.withLock { state in
            defer { state.waiter = nil }
            if state.waiter == nil { state.pending = true }
            return state.waiter
        }
        waiter?.continuation.resume()
    }

    /// Returns after `duration`, or sooner when signalled.
    func wait(upTo duration: Duration) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let id: Int? = state.withLock { state in
                if state.pending {
                    state.pending = false
                    return nil
                }
                state.nextID += 1
                state.waiter = (state.nextID, continuation)
                return state.nextID
            }
            guard let id else { return continuation.resume() }
            Task {
                try? await Task.sleep(for: duration)
                let expired = state.withLock { state in
                    guard state.waiter?.id == id else { return nil as CheckedContinuation<Void, Never>? }
                    defer { state.waiter = nil }
                    return state.waiter?.continuation
                }
                expired?.resume()
            }
        }
    }
}
