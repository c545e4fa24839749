import Foundation
import Synchronization

/// Waits for async work from a scenario's synchronous `measure`: the sync client and the hub's
/// storage are async, while till-bench runs one scenario after another on its own thread.
///
/// The work runs detached on the concurrency pool; the calling thread only sleeps on a semaphore,
/// so it never holds a thread the work needs.
func runBlocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do {
            outcome.set(.success(try await body()))
        } catch {
            outcome.set(.failure(error))
        }
        done.signal()
    }
    done.wait()
    return try outcome.get()
}

/// The result handed from the detached task to the waiting thread.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)

    func set(_ value: Result<T, any Error>) { result.withLock { $0 = value } }

    func get() throws -> T {
        guard let value = result.withLock({ $0 }) else { throw BenchError("async work ended without a result") }
        return try value.get()
    }
}
