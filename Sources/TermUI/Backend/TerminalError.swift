/// A terminal failure, with what the backend was doing, for the status line or the exit message.
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
