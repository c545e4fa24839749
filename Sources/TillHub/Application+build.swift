public import Hummingbird
import HummingbirdTLS

/// Builds the hub as a value the caller runs (`till-hub`) or tests in-process (`HummingbirdTesting`),
/// following Hummingbird 2's template: the executable only wires arguments to this function.
public func buildApplication(_ config: HubConfiguration) async throws -> some ApplicationProtocol {
    Application(
        router: buildRouter(storage: try config.openStorage(), clock: HubClock(now: config.now)),
        server: try config.tls.map { try .tls(.http1(), tlsConfiguration: try $0.configuration()) } ?? .http1(),
        configuration: ApplicationConfiguration(
            address: .hostname(config.host, port: config.port),
            serverName: "till-hub"))
}

/// The hub's routes, all under `/v1` so a later protocol can live beside this one.
func buildRouter(storage: any HubStorage, clock: HubClock) -> Router<HubRequestContext> {
    let router = Router(context: HubRequestContext.self)
    router.add(middleware: WireErrorMiddleware())
    router.get("/v1/health") { _, _ in HealthResponse.current }
    SyncController(storage: storage, clock: clock).addRoutes(to: router)
    return router
}
