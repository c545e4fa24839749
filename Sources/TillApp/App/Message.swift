/// A line of feedback for the message line, and how it should look.
public struct Message: Hashable, Sendable {
    public enum Kind: Sendable { case ok, warning, error }
    public let text: String
    public let kind: Kind

    public init(_ text: String, _ kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// The theme key its text is drawn with.
    public var styleKey: String {
        switch kind {
        case .ok: "message.ok"
        case .warning: "message.warning"
        case .error: "message.error"
        }
    }
}
