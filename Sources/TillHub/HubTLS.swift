import NIOSSL

/// The certificate and key the hub serves HTTPS with, as PEM files; without them it serves plain
/// HTTP (fine on loopback or behind a TLS-terminating proxy).
public struct HubTLS: Sendable, Equatable {
    public var certificatePath: String
    public var keyPath: String

    public init(certificatePath: String, keyPath: String) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
    }

    /// The server's TLS settings, or why the files cannot be used.
    func configuration() throws(HubTLSError) -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw HubTLSError(file: certificatePath, reason: "\(error)")
        }
        guard !chain.isEmpty else { throw HubTLSError(file: certificatePath, reason: "it holds no PEM certificate") }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw HubTLSError(file: keyPath, reason: "\(error)")
        }
        return TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }
}

/// A certificate or key file the hub cannot serve HTTPS with, and why.
public struct HubTLSError: Error, CustomStringConvertible {
    public let file: String
    public let reason: String

    public var description: String { "\(file) cannot be used for HTTPS: \(reason). Give PEM files (--cert, --key)." }
}
