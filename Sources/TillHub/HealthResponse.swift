import Hummingbird
import TillWire

/// What `GET /v1/health` answers, so a terminal or a load balancer can tell the hub is up and which
/// sync protocol it speaks before sending any event.
struct HealthResponse: ResponseEncodable {
    let status: String
    let protocolVersion: Int

    static let current = HealthResponse(status: "ok", protocolVersion: WireVersion.current)

    private enum CodingKeys: String, CodingKey {
        case status
        case protocolVersion = "protocol"
    }
}
