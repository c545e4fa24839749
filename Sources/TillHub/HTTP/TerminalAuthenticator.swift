import Foundation
import Hummingbird

/// Finds the terminal an `Authorization: Bearer TOKEN` header names and puts it in the context;
/// no token or an unknown one is 401, a revoked terminal 403.
struct TerminalAuthenticator: RouterMiddleware {
    typealias Context = HubRequestContext

    let storage: any HubStorage

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.terminal = try await storage.authenticate(token: try Self.bearerToken(request))
        return try await next(request, context)
    }

    private static func bearerToken(_ request: Request) throws(HubError) -> String {
        let missing = HubError.unauthorized("send Authorization: Bearer TOKEN with the token the terminal got when it paired")
        guard let header = request.headers[.authorization] else { throw missing }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw missing }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        guard !token.isEmpty else { throw missing }
        return token
    }
}
