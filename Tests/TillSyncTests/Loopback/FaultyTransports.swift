import Synchronization
import TillSync

/// The real transport, but the hub's answer to the first `losses` pushes never arrives: the hub has
/// committed, the terminal hears nothing (a connection dropped after the request went through).
final class AnswerLosingTransport: HubTransport {
    let inner: HTTPHubTransport
    private let losses: Mutex<Int>

    init(_ inner: HTTPHubTransport, losses: Int) {
        self.inner = inner
        self.losses = Mutex(losses)
    }

    var lossesLeft: Int { losses.withLock { $0 } }

    func send(_ request: HubRequest) async throws(SyncError) -> HubAnswer {
        let answer = try await inner.send(request)
        guard request.path == "/v1/push", losses.withLock({ losses in
            defer { losses = max(0, losses - 1) }
            return losses > 0
        }) else { return answer }
        throw .unreachable("the connection was closed")
    }
}

/// The real transport, but every push is delivered twice (a proxy that replays requests); the
/// terminal sees the second answer.
struct DoublingTransport: HubTransport {
    let inner: HTTPHubTransport

    func send(_ request: HubRequest) async throws(SyncError) -> HubAnswer {
        guard request.path == "/v1/push" else { return try await inner.send(request) }
        _ = try await inner.send(request)
        return try await inner.send(request)
    }
}
