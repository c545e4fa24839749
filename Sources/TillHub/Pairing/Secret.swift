import Crypto
import Foundation

/// The hub's secrets: pairing codes a person types and tokens a terminal keeps, both made from the
/// system's cryptographic random source and stored only as SHA-256 hashes, so a copy of the
/// database signs no terminal in.
enum Secret {
    /// Letters and digits that cannot be misread for one another: no 0/O, no 1/I/L.
    static let pairingAlphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    static let pairingCodeLength = 8

    /// A fresh pairing code: 8 characters, about 40 bits, enough for a code that lives 15 minutes.
    static func pairingCode() -> String {
        var random = SystemRandomNumberGenerator()
        return String((0..<pairingCodeLength).map { _ in pairingAlphabet.randomElement(using: &random)! })
    }

    /// A code as typed, in the form it was issued: upper case, without the spaces or hyphens a
    /// person adds to read it out.
    static func normalizedPairingCode(_ typed: String) -> String {
        typed.uppercased().filter { $0 != " " && $0 != "-" }
    }

    /// A fresh bearer token: 32 random bytes, base64url without padding.
    static func token() -> String {
        var random = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &random) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a secret in lower-case hex: what the database keeps instead of the secret.
    static func hash(_ secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
