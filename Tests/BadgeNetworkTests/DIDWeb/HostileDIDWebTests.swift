import BadgeCrypto
import BadgeIssuer
import BadgeNetwork
import IssuanceFixtures
import LaurelJSON
import OpenBadges
import Synchronization
import Testing

/// A credential that names a did:web whose host is this machine: the verifier must not be turned into a
/// probe of its own network. The DID document is really served on 127.0.0.1 (over TLS, by the test
/// server), so the only thing between the credential and that document is the policy.
@Suite struct HostileDIDWebTests {
    /// A VC-JWT whose issuer is `did` and whose `kid` is `did#key-1`, and the DID document that would make
    /// it valid.
    static func credential(did: String) throws -> (jwt: String, document: [UInt8]) {
        let key = try SigningPrivateKey.generate(.ed25519)
        let document: JSON = [
            "id": .string(did),
            "verificationMethod": [["id": .string(did + "#key-1"), "type": "Multikey", "controller": .string(did),
                                    "publicKeyMultibase": .string(try key.publicKey.multikey())]],
            "assertionMethod": [.string(did + "#key-1")],
        ]
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: key, verificationMethod: did + "#key-1"), issuerID: did)
        return (jwt, document.serialized())
    }

    func verifier(_ fetcher: HTTPDocumentFetcher) throws -> Verifier {
        Verifier(options: VerifierOptions(now: try DateTime("2026-06-01T12:00:00Z"), fetcher: fetcher))
    }

    @Test func aDIDWebOnThisMachineIsRefusedAndTheVerdictStaysOpen() async throws {
        let server = try await LocalHTTPServer.start(tls: try TestCertificates.serverContext()) { _ in .silence }
        defer { Task { await server.stop() } }
        // A name that resolves to 127.0.0.1 (a hostile DNS answer), and localhost by its name.
        let dns = ScriptedResolver(["issuer.test": [.loopback]])
        let fetcher = HTTPDocumentFetcher(policy: HTTPFetchPolicy(connectTimeout: .seconds(2), totalTimeout: .seconds(5)), resolver: dns,
                                          tlsConfiguration: try TestCertificates.clientConfiguration())
        for did in ["did:web:issuer.test%3A\(server.port)", "did:web:localhost%3A\(server.port)"] {
            let (jwt, _) = try Self.credential(did: did)
            let started = ContinuousClock.now
            let report = try await verifier(fetcher).verify(jwt: jwt)
            let elapsed = ContinuousClock.now - started
            #expect(report.outcome == .indeterminate, "\(did): \(report.text())")
            let message = try #require(report.checks(.keyUnresolvable).first?.message, "\(report.text())")
            #expect(message.contains("Laurel did not fetch") && message.contains("127.0.0.0/8") || message.contains("RFC 6761"), "\(message)")
            #expect(elapsed < .seconds(2), "took \(elapsed)")
            print("hostile \(did): indeterminate in \(elapsed): \(message)")
        }
        #expect(server.log.requests.isEmpty, "the document server on 127.0.0.1 must not have been contacted")
    }

    /// The same credential and document, with the private network allowed: it verifies, which shows that
    /// the refusal above came from the policy and not from a broken set-up.
    @Test func theSameDIDWebVerifiesWhenThePrivateNetworkIsAllowed() async throws {
        let holder = DocumentHolder()
        let server = try await LocalHTTPServer.start(tls: try TestCertificates.serverContext()) { request in
            request.path == "/.well-known/did.json" ? .document(contentType: "application/did+json", body: holder.bytes) : .document(status: 404, body: [])
        }
        defer { Task { await server.stop() } }
        let did = "did:web:issuer.test%3A\(server.port)"
        let (jwt, document) = try Self.credential(did: did)
        holder.bytes = document
        let dns = ScriptedResolver(["issuer.test": [.loopback]])
        let fetcher = HTTPDocumentFetcher(policy: HTTPFetchPolicy(totalTimeout: .seconds(5), allowPrivateNetwork: true), resolver: dns,
                                          tlsConfiguration: try TestCertificates.clientConfiguration())
        let report = try await verifier(fetcher).verify(jwt: jwt)
        #expect(report.has(.keyResolved), "\(report.text())")
        #expect(report.has(.signatureValid), "\(report.text())")
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(server.log.requests.map(\.path) == ["/.well-known/did.json"])
        #expect(server.log.requests.first?.host == "issuer.test:\(server.port)")
    }

    @Test func aSilentDIDWebHostEndsIndeterminateWithinTheTimeout() async throws {
        let server = try await LocalHTTPServer.start(tls: try TestCertificates.serverContext()) { _ in .silence }
        defer { Task { await server.stop() } }
        let dns = ScriptedResolver(["issuer.test": [.loopback]])
        let fetcher = HTTPDocumentFetcher(policy: HTTPFetchPolicy(totalTimeout: .seconds(1), allowPrivateNetwork: true), resolver: dns,
                                          tlsConfiguration: try TestCertificates.clientConfiguration())
        let (jwt, _) = try Self.credential(did: "did:web:issuer.test%3A\(server.port)")
        let started = ContinuousClock.now
        let report = try await verifier(fetcher).verify(jwt: jwt)
        let elapsed = ContinuousClock.now - started
        #expect(report.outcome == .indeterminate, "\(report.text())")
        #expect(report.checks(.keyUnresolvable).first?.message.contains("1 s") == true, "\(report.text())")
        #expect(elapsed < .seconds(3), "took \(elapsed)")
        print("silent did:web host: indeterminate in \(elapsed)")
    }
}

/// The document the server hands out, set after the server started (the DID names its port).
final class DocumentHolder: Sendable {
    private let stored = Mutex<[UInt8]>([])

    var bytes: [UInt8] {
        get { stored.withLock { $0 } }
        set { stored.withLock { $0 = newValue } }
    }
}
