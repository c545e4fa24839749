public import Foundation

/// A pairing code as `till-hub pair` shows it, the only time it exists in clear.
public struct IssuedPairingCode: Hashable, Sendable {
    public let code: String
    public let expiresAt: Date

    public init(code: String, expiresAt: Date) {
        self.code = code
        self.expiresAt = expiresAt
    }
}
