import CryptoExtras
import Foundation
import TillCore

/// A PIN's salted, slow hash as `staff.pin_hash` keeps it, so a copied database does not hand over
/// the PINs at the cost of a lookup table.
///
/// PBKDF2-HMAC-SHA256 (OWASP's choice where FIPS rules out Argon2) with a random 16-byte salt per
/// hash, stored as one text `pbkdf2-sha256$<rounds>$<salt base64>$<hash base64>`: each hash carries
/// its own round count, so `defaultRounds` can rise later and old hashes still verify. A 4-digit PIN
/// still falls to an offline search of a stolen file; the salt and rounds only make that search cost
/// minutes to hours per PIN instead of nothing, and throttling protects the till itself.
public struct PINHash: Hashable, Sendable {
    /// OWASP's 2023 minimum for PBKDF2-HMAC-SHA256.
    public static let defaultRounds = 600_000

    static let scheme = "pbkdf2-sha256"
    static let saltByteCount = 16
    static let hashByteCount = 32

    let rounds: Int
    let salt: [UInt8]
    let hash: [UInt8]

    /// Why a hash could not be made or read back; the caller names the staff member and the file.
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Hashes `pin` under a fresh random salt.
    init(_ pin: PIN, rounds: Int) throws(Failure) {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<Self.saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        try Self.requireValid(rounds: rounds)
        let key = try Self.derive(pin, rounds: rounds, salt: salt)
        try self.init(rounds: rounds, salt: salt, hash: key.withUnsafeBytes { Array($0) })
    }

    /// Reads the stored text back.
    init(stored text: String) throws(Failure) {
        let parts = text.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Self.scheme else {
            throw Failure(reason: "is not of the form \(Self.scheme)$<rounds>$<salt>$<hash>")
        }
        guard let rounds = Int(parts[1]) else { throw Failure(reason: "has no round count") }
        guard let salt = Data(base64Encoded: String(parts[2])), let hash = Data(base64Encoded: String(parts[3])) else {
            throw Failure(reason: "has a salt or hash that is not base64")
        }
        try self.init(rounds: rounds, salt: Array(salt), hash: Array(hash))
    }

    private init(rounds: Int, salt: [UInt8], hash: [UInt8]) throws(Failure) {
        try Self.requireValid(rounds: rounds)
        guard !salt.isEmpty else { throw Failure(reason: "has an empty salt") }
        guard hash.count == Self.hashByteCount else { throw Failure(reason: "has a \(hash.count)-byte hash, not \(Self.hashByteCount)") }
        self.rounds = rounds
        self.salt = salt
        self.hash = hash
    }

    /// The text `staff.pin_hash` holds.
    var stored: String {
        "\(Self.scheme)$\(rounds)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Whether `pin` is the PIN this hash was made from; compared in constant time, so how long the
    /// check takes says nothing about how many bytes matched.
    func matches(_ pin: PIN) throws(Failure) -> Bool {
        // SymmetricKey's == is swift-crypto's constant-time comparison.
        try Self.derive(pin, rounds: rounds, salt: salt) == SymmetricKey(data: hash)
    }

    /// Refuses a round count BoringSSL cannot take: it wants 1 or more as a 32-bit unsigned integer,
    /// and swift-crypto traps on a larger one.
    private static func requireValid(rounds: Int) throws(Failure) {
        guard (1...Int(UInt32.max)).contains(rounds) else { throw Failure(reason: "has \(rounds) rounds, not 1 to \(UInt32.max)") }
    }

    /// The PBKDF2 key of `pin`; `rounds` must have passed `requireValid`.
    private static func derive(_ pin: PIN, rounds: Int, salt: [UInt8]) throws(Failure) -> SymmetricKey {
        do {
            return try KDF.Insecure.PBKDF2.deriveKey(from: Array(pin.digits.utf8), salt: salt, using: .sha256,
                                                     outputByteCount: hashByteCount, unsafeUncheckedRounds: rounds)
        } catch {
            throw Failure(reason: "could not be computed: \(error)")
        }
    }
}
