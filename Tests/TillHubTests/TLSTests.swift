import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TillHub

/// The hub serves HTTPS when given a certificate and key, and says which file is wrong when one is.
@Suite struct TLSTests {
    /// A self-signed certificate for localhost and its key, made by openssl in the fixture's folder.
    func certificate(in folder: URL) throws -> HubTLS {
        let cert = folder.appending(path: "hub.pem").path(percentEncoded: false)
        let key = folder.appending(path: "hub.key").path(percentEncoded: false)
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1",
                             "-subj", "/CN=localhost"]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0, "openssl made no certificate")
        return HubTLS(certificatePath: cert, keyPath: key)
    }

    @Test func withACertificateTheHubAnswersOverHTTPS() async throws {
        // Given a hub with a certificate
        let hub = try HubFixture()
        var config = hub.config
        config.tls = try certificate(in: hub.folder)

        // When a client asks for its health over HTTPS; Then it answers
        try await buildApplication(config).test(.ahc(.https)) { client in
            try await client.execute(uri: "/v1/health", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func aKeyThatIsNoKeyIsNamed() async throws {
        // Given a certificate whose key file holds the certificate instead
        let hub = try HubFixture()
        var config = hub.config
        let tls = try certificate(in: hub.folder)
        config.tls = HubTLS(certificatePath: tls.certificatePath, keyPath: tls.certificatePath)

        // When the hub is built; Then the error names the key file
        await #expect { _ = try await buildApplication(config) } throws: { error in
            (error as? HubTLSError)?.file == tls.certificatePath
        }
    }
}
