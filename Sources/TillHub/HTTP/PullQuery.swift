import Hummingbird
import TillWire

/// `GET /v1/pull?after=N&limit=M`: where the terminal's cursor stands (0 before its first pull)
/// and how many changes it takes at once (500 unless it asks; more than the most is cut to it).
struct PullQuery {
    static let defaultLimit = 500

    let after: Int64
    let limit: Int

    init(_ parameters: Parameters) throws(HubError) {
        after = try Self.integer(parameters["after"], named: "after") ?? 0
        guard after >= 0 else { throw .malformed("after=\(after) is negative: pass the cursor of the last pull, or 0") }
        let limit = try Self.integer(parameters["limit"], named: "limit") ?? Int64(Self.defaultLimit)
        guard limit >= 1 else { throw .malformed("limit=\(limit) asks for no changes: pass 1 or more") }
        self.limit = Int(min(limit, Int64(PullResponse.maximumLimit)))
    }

    private static func integer(_ text: Substring?, named name: String) throws(HubError) -> Int64? {
        guard let text else { return nil }
        guard let value = Int64(text) else { throw .malformed("\(name)=\(text) is not a whole number") }
        return value
    }
}
