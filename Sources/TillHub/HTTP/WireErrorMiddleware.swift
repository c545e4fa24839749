import Foundation
import Hummingbird
import TillWire

/// Answers every error as a `WireErrorBody` with the error's status, so a terminal reads one shape
/// of failure whatever went wrong, and a failure the hub did not foresee is logged, not crashed on.
struct WireErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HubError {
            return try Self.answer(HTTPResponse.Status(code: error.status), error.description, request, context)
        } catch let error as any HTTPResponseError {
            let message = switch error.status {
            case .notFound: "this hub has no route \(request.method) \(request.uri.path)"
            case .contentTooLarge: HubLimits.bodyTooLarge
            default: (error as? HTTPError)?.body ?? error.status.reasonPhrase
            }
            return try Self.answer(error.status, message, request, context)
        } catch {
            // The hub's operator reads standard error; swift-log is not among TillHub's dependencies.
            FileHandle.standardError.write(Data("till-hub: \(request.method) \(request.uri.path) failed: \(error)\n".utf8))
            return try Self.answer(.internalServerError, "the hub failed to answer: \(error)", request, context)
        }
    }

    private static func answer(_ status: HTTPResponse.Status, _ message: String, _ request: Request, _ context: Context) throws -> Response {
        try WireResponse(WireErrorBody(error: message), status: status).response(from: request, context: context)
    }
}
