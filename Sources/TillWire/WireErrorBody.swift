/// The body of every error the hub answers (4xx and 5xx): what went wrong and what to do, in words.
public struct WireErrorBody: Codable, Hashable, Sendable {
    public let error: String

    public init(error: String) {
        self.error = error
    }
}
