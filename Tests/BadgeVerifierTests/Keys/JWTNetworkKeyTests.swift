import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import LaurelJSON
import OpenBadges
import Testing

/// VC-JWTs whose keys are found through documents: an https issuer's key set, a did:web issuer's DID
/// document. Documents are pinned in a folder; nothing touches the network.
@Suite struct JWTNetworkKeyTests {
    let issuer = "https://issuer.example/issuers/1"
    let jwksURL = "https://issuer.example/.well-known/jwks.json"

    func verifier(_ folder: PinnedFolder) throws -> Verifier {
        Verifier(options: VerifierOptions(now: try DateTime("2026-06-01T12:00:00Z"), fetcher: folder.fetcher))
    }

    func keySet(_ entries: [(TestKey, String?)]) -> JSON {
        .object(["keys": .array(entries.map { key, kid in
            var jwk = key.publicKey.jwk
            if let kid { jwk["kid"] = .string(kid) }
            return .object(jwk)
        })])
    }

    /// The credential re-signed with a header that names no key at all.
    func withoutKeyID(_ jwt: String, key: SigningPrivateKey) throws -> String {
        let payload = try Base64URL.decode(String(jwt.split(separator: ".")[1]), maxLength: 1 << 20)
        return try JWS.sign(payload: payload, key: key, header: ["typ": "JWT"])
    }

    @Test func aBareKidOfAnHTTPSIssuerIsFoundInItsKeySet() async throws {
        let folder = try PinnedFolder()
        let signer = try TestKey(.p256)
        try folder.pin(jwksURL, keySet([(try TestKey(), "old"), (signer, "key-1")]))
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "key-1"), issuerID: issuer)
        let report = try await verifier(folder).verify(jwt: jwt)
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.has(.keyResolved))
        #expect(report.has(.signatureValid))
        #expect(report.checks(.keyResolved).first?.evidence["resolvedBy"] == "issuer key set (JWKS)")
    }

    @Test func aKidMissingFromTheKeySetIsInvalid() async throws {
        let folder = try PinnedFolder()
        let signer = try TestKey()
        try folder.pin(jwksURL, keySet([(signer, "key-1")]))
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "key-9"), issuerID: issuer)
        let report = try await verifier(folder).verify(jwt: jwt)
        #expect(report.outcome == .invalid, "\(report.text())")
        #expect(report.checks(.keyInvalid).first?.message.contains("no signing key with that kid") == true, "\(report.text())")
    }

    @Test func noKidPicksTheOnlyKeyAndRefusesToGuessAmongSeveral() async throws {
        let signer = try TestKey()
        let jwt = try withoutKeyID(try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "k"), issuerID: issuer),
                                   key: signer.privateKey)
        let single = try PinnedFolder()
        try single.pin(jwksURL, keySet([(signer, nil)]))
        let one = try await verifier(single).verify(jwt: jwt)
        #expect(one.outcome == .valid, "\(one.text())")

        let several = try PinnedFolder()
        try several.pin(jwksURL, keySet([(signer, "a"), (try TestKey(), "b")]))
        let report = try await verifier(several).verify(jwt: jwt)
        #expect(report.outcome == .indeterminate, "\(report.text())")
        let message = try #require(report.checks(.keyMissing).first?.message)
        #expect(message.contains("has 2 signing keys and the credential does not say which one signed it"), "\(message)")
        #expect(!report.has(.signatureValid))
    }

    @Test func aDIDWebKidResolvesThroughTheDIDDocument() async throws {
        let folder = try PinnedFolder()
        let signer = try TestKey()
        let did = "did:web:issuer.example:volunteers"
        try folder.pin("https://issuer.example/volunteers/did.json",
                       controllerDocument(id: did, methods: [signer.method(id: "\(did)#key-1", controller: did)], assertionMethod: ["#key-1"]))
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "\(did)#key-1"), issuerID: did)
        let report = try await verifier(folder).verify(jwt: jwt)
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.checks(.keyResolved).first?.evidence["resolvedBy"] == "did:web (Multikey)")
    }

    @Test func anUnreadableDIDDocumentLeavesTheVerdictOpen() async throws {
        let signer = try TestKey()
        let did = "did:web:issuer.example"
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "\(did)#key-1"), issuerID: did)
        // No network at all (the library default).
        let report = await Verifier(options: VerifierOptions(now: try DateTime("2026-06-01T12:00:00Z"))).verify(jwt: jwt)
        #expect(report.outcome == .indeterminate, "\(report.text())")
        let message = try #require(report.checks(.keyUnresolvable).first?.message)
        #expect(message.contains("https://issuer.example/.well-known/did.json") && message.contains("network access is turned off"), "\(message)")
    }

    @Test func aKeyListedOnlyForAuthenticationDoesNotSignCredentials() async throws {
        let folder = try PinnedFolder()
        let signer = try TestKey()
        let did = "did:web:issuer.example"
        try folder.pin("https://issuer.example/.well-known/did.json",
                       controllerDocument(id: did, methods: [signer.method(id: "\(did)#login", controller: did)], assertionMethod: [],
                                          authentication: ["#login"]))
        let jwt = try Fixtures.vcJWT(key: IssuerKey(privateKey: signer.privateKey, verificationMethod: "\(did)#login"), issuerID: did)
        let report = try await verifier(folder).verify(jwt: jwt)
        #expect(report.outcome == .invalid, "\(report.text())")
        #expect(report.checks(.keyNotAuthorized).first?.message.contains("does not list it under assertionMethod") == true, "\(report.text())")
    }
}
