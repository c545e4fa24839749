public import Hummingbird

/// Builds the hub as a value the caller runs (`till-hub`) or tests in-process (`HummingbirdTesting`),
/// following Hummingbird 2's template: the executable only wires arguments to this function.
public func buildApplication(_ config: HubConfiguration) async throws -> some ApplicationProtocol {
    Application(
        router: buildRouter(),
        configuration: ApplicationConfiguration(
            address: .hostname(config.host, port: config.port),
            serverName: "till-hub"))
}

/// The hub's routes, all under `/v1` so a later protocol can live beside this one.
func buildRouter() -> Router<BasicRequestContext> {
    let router = Router(context: BasicRequestContext.self)
    router.get("/v1/health") { _, _ in HealthResponse.current }
    return router
}
