import BadgeCrypto
import BadgeVerifier
import OpenBadges
import TestSupport
import Testing

/// Signed OB 2.0 badges: the validator's RS256 samples with their keys and revocation lists, and
/// badges signed here to show each way a signature can fail to be the issuer's.
@Suite("OB 2.0 signed badges", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OB2SignedTests {
    static let key1 = "http://example.org/key1.json"

    func verify(_ name: String, _ answers: [String: OB2FixtureFetcher.Answer] = [:]) async throws -> VerificationReport {
        await OB2Support.verifier(OB2FixtureFetcher(answers)).verify(try OB2Support.fixture(name))
    }

    /// The payload of the validator's `simple.jwt`.
    func simplePayload() throws -> JSON {
        let parts = String(decoding: try OB2Support.fixture("simple.jwt"), as: UTF8.self).split(separator: ".")
        return try JSON.parse(try Base64URL.decode(String(parts[1])))
    }

    @Test func theValidatorsSamplesVerify() async throws {
        let simple = try await verify("simple.jwt")
        #expect(simple.outcome == .valid, "\(simple.text())")
        #expect(simple.has(.signatureValid) && simple.has(.ob2Key) && simple.has(.ob2NotRevoked))
        #expect(simple.checks(.signatureValid).first?.evidence["key"] == "http://example.org/key1.json")
        #expect(simple.summary.dataModel == "Open Badges 2.0, signed")
        #expect(simple.summary.achievementName == "Awesome Robotics Badge")
        #expect(simple.summary.issuerName == "An Example Badge Issuer")
        #expect(simple.summary.subject == "email (hashed)")

        let notRevoked = try await verify("simple-not-revoked.jwt")
        #expect(notRevoked.outcome == .valid, "\(notRevoked.text())")
        #expect(notRevoked.checks(.ob2NotRevoked).first?.evidence["revocationList"] == "http://example.org/empty-revocation-list.json")

        let revoked = try await verify("simple-revoked.jwt")
        #expect(revoked.outcome == .invalid)
        #expect(revoked.has(.signatureValid), "the signature is fine; the issuer revoked the badge")
        #expect(revoked.checks(.ob2Revoked).first?.message.contains("A good reason, for sure") == true)
    }

    /// Laurel refuses RSA keys under 2048 bits; the validator's keys are 2048-bit, so no sample is
    /// refused for its key size.
    @Test(arguments: ["key1.json", "key2.json", "key3.json"])
    func theValidatorsKeysAre2048Bits(file: String) throws {
        let pem = try #require(try JSON.parse(try OB2Support.asset(file))["publicKeyPem"]?.stringValue)
        guard case .rsa(let key) = try SigningPublicKey(pemRepresentation: pem) else {
            Issue.record("\(file) is not an RSA key")
            return
        }
        #expect(key.bits == 2048)
    }

    @Test func aChangedPayloadBreaksTheSignature() async throws {
        let parts = String(decoding: try OB2Support.fixture("simple.jwt"), as: UTF8.self).split(separator: ".").map(String.init)
        var payload = try simplePayload()
        payload["issuedOn"] = "2017-01-01T00:00:00Z"
        let forged = [parts[0], Base64URL.encode(payload.serialized()), parts[2]].joined(separator: ".")
        let report = await OB2Support.verifier().verify(jwt: forged)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }

    @Test func unsignedAndSharedSecretJWSAreRefused() async throws {
        let payload = Base64URL.encode(try simplePayload().serialized())
        for (header, code) in [(#"{"alg":"none"}"#, CheckCode.jwtAlgorithmNone), (#"{"alg":"HS256","typ":"JWT"}"#, .jwtAlgorithmHMAC)] {
            let signature = code == .jwtAlgorithmNone ? "" : Base64URL.encode(Array(repeating: 7, count: 32))
            let report = await OB2Support.verifier().verify(jwt: Base64URL.encode(Array(header.utf8)) + "." + payload + "." + signature)
            #expect(report.outcome == .invalid, "\(header)")
            #expect(report.has(code), "\(header): \(report.text())")
            #expect(!report.has(.signatureValid))
        }
    }

    @Test func aKeyWhoseOwnerIsNotTheIssuerIsRefused() async throws {
        var key = try JSON.parse(try OB2Support.asset("key1.json"))
        key["owner"] = "https://evil.example/issuer"
        let report = try await verify("simple.jwt", [Self.key1: .document(OB2Support.bytes(key))])
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2KeyOwnerMismatch))
        #expect(!report.has(.signatureValid))
    }

    @Test func aKeyTheIssuerDoesNotListIsRefused() async throws {
        let attacker = try #require(OB2Support.rsaKey)
        var payload = try simplePayload()
        payload["verification"] = ["type": "signed", "creator": "https://evil.example/key.json"]
        let evilKey = try OB2Support.keyDocument(id: "https://evil.example/key.json", owner: "https://example.org/organization.json", key: attacker)
        let report = await OB2Support.verifier(OB2FixtureFetcher(["https://evil.example/key.json": .document(evilKey)]))
            .verify(try OB2Support.sign(payload, with: attacker))
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2KeyNotListed))
        #expect(!report.has(.signatureValid))
    }

    @Test func aSignatureByAnotherKeyUnderTheIssuersKeyNameFails() async throws {
        let attacker = try #require(OB2Support.rsaKey)
        let report = await OB2Support.verifier().verify(try OB2Support.sign(try simplePayload(), with: attacker))
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2Key), "the named key is the issuer's")
        #expect(report.has(.signatureInvalid))
    }

    @Test func withoutCreatorEveryListedKeyIsTried() async throws {
        let key = try #require(OB2Support.rsaKey)
        var payload = try simplePayload()
        payload["verification"] = ["type": "SignedBadge"]
        payload["badge"] = "https://example.org/two-key-badge.json"
        var badgeClass = try JSON.parse(try OB2Support.asset("robotics-badge.json"))
        badgeClass["id"] = "https://example.org/two-key-badge.json"
        badgeClass["issuer"] = "https://example.org/two-key-issuer.json"
        var issuer = try JSON.parse(try OB2Support.asset("organization.json"))
        issuer["id"] = "https://example.org/two-key-issuer.json"
        issuer["publicKey"] = [.string(Self.key1), "https://example.org/second-key.json"]
        let fetcher = OB2FixtureFetcher([
            "https://example.org/two-key-badge.json": .document(OB2Support.bytes(badgeClass)),
            "https://example.org/two-key-issuer.json": .document(OB2Support.bytes(issuer)),
            "https://example.org/second-key.json": .document(try OB2Support.keyDocument(
                id: "https://example.org/second-key.json", owner: "https://example.org/two-key-issuer.json", key: key)),
            // key1 names organization.json as its owner, not this issuer: it is refused, the second key signs.
        ])
        let report = await OB2Support.verifier(fetcher).verify(try OB2Support.sign(payload, with: key))
        #expect(report.has(.ob2KeyOwnerMismatch))
        #expect(report.has(.signatureValid), "\(report.text())")
        #expect(report.checks(.signatureValid).first?.evidence["key"] == "https://example.org/second-key.json")
    }

    @Test func aProfileListingManyKeysCostsABoundedNumberOfFetches() async throws {
        var payload = try simplePayload()
        payload["verification"] = ["type": "SignedBadge"]
        payload["badge"] = "https://example.org/many-keys-badge.json"
        var badgeClass = try JSON.parse(try OB2Support.asset("robotics-badge.json"))
        badgeClass["id"] = "https://example.org/many-keys-badge.json"
        badgeClass["issuer"] = "https://example.org/many-keys-issuer.json"
        var issuer = try JSON.parse(try OB2Support.asset("organization.json"))
        issuer["id"] = "https://example.org/many-keys-issuer.json"
        issuer["publicKey"] = .array((0..<500).map { .string("https://keys.example/\($0).json") })
        let fetcher = OB2FixtureFetcher([
            "https://example.org/many-keys-badge.json": .document(OB2Support.bytes(badgeClass)),
            "https://example.org/many-keys-issuer.json": .document(OB2Support.bytes(issuer)),
        ])
        let report = await OB2Support.verifier(fetcher).verify(try OB2Support.sign(payload, with: try #require(OB2Support.rsaKey)))
        #expect(report.outcome == .indeterminate, "\(report.text())")
        #expect(fetcher.requested.filter { $0.hasPrefix("https://keys.example/") }.count == 8)
        #expect(report.checks(.ob2Key).first?.severity == .warning)
    }

    @Test func aKeyUnder2048BitsIsRefusedNotTrusted() async throws {
        var key = try JSON.parse(try OB2Support.asset("key1.json"))
        key["publicKeyPem"] = .string(Self.rsa1024)
        let report = try await verify("simple.jwt", [Self.key1: .document(OB2Support.bytes(key))])
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2KeyInvalid), "\(report.text())")
    }

    @Test func aRevocationListThatCannotBeReadLeavesTheBadgeIndeterminate() async throws {
        let list = "http://example.org/empty-revocation-list.json"
        for answer: OB2FixtureFetcher.Answer in [.unreachable, .status(404), .status(500), .document(Array("<html>".utf8)),
                                                 .document(Array(#"{"@context":"https://w3id.org/openbadges/v2","type":"Issuer"}"#.utf8))] {
            let report = try await verify("simple-not-revoked.jwt", [list: answer])
            #expect(report.outcome == .indeterminate, "\(answer): \(report.text())")
            #expect(report.checks(.ob2RevocationUnknown).first?.severity == .indeterminate)
            #expect(report.has(.signatureValid))
        }
    }

    @Test func anUnreachableIssuerLeavesTheBadgeIndeterminate() async throws {
        let report = try await verify("simple.jwt", ["https://example.org/organization.json": .unreachable])
        #expect(report.outcome == .indeterminate)
        #expect(report.has(.ob2IssuerUnreachable))
        #expect(!report.has(.signatureValid), "no key is trusted without the issuer's profile")
    }

    @Test func aSignedBadgeWithoutItsSignatureIsRefused() async throws {
        let report = await OB2Support.verifier().verify(OB2Support.bytes(try simplePayload()))
        #expect(report.outcome == .invalid)
        #expect(report.has(.ob2SignatureMissing))
    }

    /// A 1024-bit RSA public key, made for this test.
    static let rsa1024 = """
        -----BEGIN PUBLIC KEY-----
        MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCyvCPoEObc+O57iaZeke8DwUqP
        WMOp+Fsu6RacszqdbP0s6zeq51ke9uUDXTaGIVVchv5z8Peu42LnekRHWiW+q8U6
        D+VpPtNR3uhT+Zm0ExtX09MY7jet/M0SRLwncavfciMStmBFEItcURgrmI4GEHyI
        CwkW57eFdTvAuncubQIDAQAB
        -----END PUBLIC KEY-----
        """
}
