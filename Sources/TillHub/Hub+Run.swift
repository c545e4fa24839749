import Hummingbird

/// Builds the hub and serves until SIGINT or SIGTERM asks it to shut down gracefully.
public func runHub(_ config: HubConfiguration) async throws {
    let app = try await buildApplication(config)
    try await app.runService()
}
