import Hummingbird
import TillWire

/// The sync protocol's routes: pairing needs a one-time code, push and pull a paired terminal's
/// bearer token. Their answers carry the hub's clock reading, taken after the work is committed.
struct SyncController {
    let storage: any HubStorage
    let clock: HubClock

    func addRoutes(to router: Router<HubRequestContext>) {
        router.group("v1").post("pair", use: pair)
        router.group("v1")
            .add(middleware: TerminalAuthenticator(storage: storage))
            .group(context: TerminalRequestContext.self)
            .post("push", use: push)
            .get("pull", use: pull)
            .get("vouchers/:code", use: voucher)
    }

    @Sendable func pair(_ request: Request, context: HubRequestContext) async throws -> WireResponse<PairResponse> {
        var request = request
        let pairing = try await request.decodeWire(PairRequest.self, named: "pairing request")
        return WireResponse(try await storage.pair(pairing, now: clock.now()))
    }

    @Sendable func push(_ request: Request, context: TerminalRequestContext) async throws -> WireResponse<PushResponse> {
        var request = request
        let push = try await request.decodeWire(PushRequest.self, named: "push")
        try push.check()
        let outcome = try await storage.push(push.events, from: context.terminal, now: clock.now())
        return WireResponse(PushResponse(ackedThrough: outcome.ackedThrough, rejected: outcome.rejected,
                                         expectedSeq: outcome.expectedSeq, hubHLC: clock.tick()))
    }

    @Sendable func pull(_ request: Request, context: TerminalRequestContext) async throws -> WireResponse<PullResponse> {
        let query = try PullQuery(request.uri.queryParameters)
        let page = try await storage.pull(store: context.terminal.storeID, after: query.after, limit: query.limit)
        return WireResponse(PullResponse(changes: page.changes, cursor: page.cursor, more: page.more, reset: page.reset,
                                         hubHLC: clock.tick()))
    }
}
