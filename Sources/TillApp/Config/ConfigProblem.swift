/// One thing wrong in a configuration file, said so a person can find and fix it.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the problem is about the file as a whole.
    public let line: Int
    /// Where in the file: `styles."cart.total".fg`, `sale.F2`; empty for the whole file.
    public let keyPath: String
    public let message: String

    public init(file: String, line: Int, keyPath: String, message: String) {
        self.file = file
        self.line = line
        self.keyPath = keyPath
        self.message = message
    }

    /// `themes/neon.toml:12: styles."cart.total".fg: unknown colour "pinkish"`.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return keyPath.isEmpty ? "\(place): \(message)" : "\(place): \(keyPath): \(message)"
    }
}
