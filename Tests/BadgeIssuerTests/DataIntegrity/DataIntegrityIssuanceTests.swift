import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import IssuanceFixtures
import OpenBadges
import TestSupport
import Testing

/// Credentials issued with an embedded Data Integrity proof: the suite and the key reference Laurel
/// chooses, the proof's members, and that the verifier accepts what the issuer signs.
@Suite struct DataIntegrityIssuanceTests {
    let verifyAt = VerifierOptions(now: try? DateTime("2026-06-01T12:00:00Z"))
    let created = try? DateTime("2026-01-15T09:00:00Z")

    func document(_ key: IssuerKey, issuerID: String? = nil) throws -> JSONObject {
        try #require(try Fixtures.credential(key: key, issuerID: issuerID).json.objectValue)
    }

    @Test(arguments: [(KeyType.ed25519, Cryptosuite.eddsaRdfc2022), (.p256, .ecdsaRdfc2019), (.p384, .ecdsaRdfc2019)])
    func theSuiteFollowsTheKeyAndTheCredentialVerifies(type: KeyType, suite: Cryptosuite) async throws {
        let key = try Fixtures.key(type)
        let signed = try DataIntegritySigner.sign(document: try document(key), with: key, created: created)
        let proof = try #require(signed["proof"]?.objectValue)
        let did = try #require(key.didKey)
        #expect(proof.keys == ["type", "cryptosuite", "created", "verificationMethod", "proofPurpose", "proofValue"])
        #expect(proof["type"] == "DataIntegrityProof")
        #expect(proof["cryptosuite"]?.stringValue == suite.rawValue)
        #expect(proof["created"] == "2026-01-15T09:00:00Z")
        #expect(proof["verificationMethod"]?.stringValue == did.verificationMethodID)
        #expect(proof["proofPurpose"] == "assertionMethod")
        let report = await Verifier(options: verifyAt).verify(JSON.object(signed).serialized([.prettyPrinted]))
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.has(.signatureValid))
        #expect(report.has(.keyResolved))
    }

    @Test(arguments: Cryptosuite.creatable)
    func everyCreatableSuiteVerifies(suite: Cryptosuite) async throws {
        let key = try Fixtures.key(suite.keyTypes.last ?? .ed25519)
        let signed = try DataIntegritySigner.sign(document: try document(key), with: key, suite: suite)
        #expect(signed["proof"]?["cryptosuite"]?.stringValue == suite.rawValue)
        if suite.canonicalization == .jcs { #expect(signed["proof"]?["@context"] == signed["@context"]) }
        let report = await Verifier(options: verifyAt).verify(JSON.object(signed).serialized())
        #expect(report.outcome == .valid, "\(report.text())")
    }

    @Test func createdIsNowInWholeSecondsUTC() throws {
        let key = try Fixtures.key(.ed25519)
        let before = try DateTime.now().secondsSince1970
        let signed = try DataIntegritySigner.sign(document: try document(key), with: key)
        let text = try #require(signed["proof"]?["created"]?.stringValue)
        let created = try DateTime(text)
        #expect(text.hasSuffix("Z"))
        #expect(!text.contains("."))
        #expect(created.secondsSince1970 >= before && created.secondsSince1970 <= before + 5)
    }

    @Test func anHTTPSIssuerNamesTheKeyAsAFragmentOfItsID() async throws {
        let key = try Fixtures.key(.ed25519)
        let issuerID = "https://learning.example.org/issuers/1"
        let signed = try DataIntegritySigner.sign(document: try document(key, issuerID: issuerID), with: key)
        let multikey = try key.publicKey.multikey()
        #expect(signed["proof"]?["verificationMethod"]?.stringValue == issuerID + "#" + multikey)
        // Offline, only the address ties the key to the issuer: valid, with the warning that says so.
        let report = await Verifier(options: verifyAt).verify(JSON.object(signed).serialized())
        #expect(report.outcome == .validWithWarnings, "\(report.text())")
        #expect(report.checks.filter { $0.severity == .warning }.map(\.code) == [.keyUnconfirmed])
        #expect(report.has(.signatureValid))
    }

    @Test func aConfiguredVerificationMethodIsUsed() throws {
        let base = try Fixtures.key(.ed25519)
        let key = IssuerKey(privateKey: base.privateKey, verificationMethod: "did:web:learning.example.org#key-1")
        let signed = try DataIntegritySigner.sign(document: try document(key, issuerID: "did:web:learning.example.org"), with: key)
        #expect(signed["proof"]?["verificationMethod"] == "did:web:learning.example.org#key-1")
        // The issuer's own did:key wins over a configured method.
        let own = IssuerKey(privateKey: base.privateKey, verificationMethod: "did:web:learning.example.org#key-1")
        let didSigned = try DataIntegritySigner.sign(document: try document(own), with: own)
        #expect(didSigned["proof"]?["verificationMethod"]?.stringValue == base.didKey?.verificationMethodID)
    }

    @Test func anIssuerWhoseKeyCannotBeNamedIsRefused() throws {
        let key = try Fixtures.key(.ed25519)
        #expect(throws: IssuanceError.self) {
            try DataIntegritySigner.sign(document: try document(key, issuerID: "urn:uuid:8c3f2a4e-1b7d-4a0e-9f6c-2d5e8a1b3c7f"), with: key)
        }
    }

    @Test func rsaKeysHaveNoSuite() throws {
        let key = try Fixtures.key(.rsa)
        do {
            _ = try DataIntegritySigner.sign(document: try document(key, issuerID: "https://learning.example.org/issuers/1"), with: key)
            Issue.record("expected an error")
        } catch let error as IssuanceError {
            guard case .proofUnavailable(let reason) = error else { Issue.record("unexpected \(error)"); return }
            #expect(reason.contains("RSA keys have no Data Integrity cryptosuite"))
        }
    }

    @Test func aSuiteMustFitTheKeyAndBeCreatable() throws {
        let key = try Fixtures.key(.ed25519)
        for suite in [Cryptosuite.ecdsaRdfc2019, .ed25519Signature2020, .eddsa2022] {
            #expect(throws: IssuanceError.self) { try DataIntegritySigner.sign(document: try document(key), with: key, suite: suite) }
        }
    }

    @Test func theCredentialMustDefineProofTerms() throws {
        let key = try Fixtures.key(.ed25519)
        var credential = try document(key)
        credential["@context"] = ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
        do throws(IssuanceError) {
            _ = try DataIntegritySigner.sign(document: credential, with: key)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("https://w3id.org/security/data-integrity/v2"))
        }
    }

    /// Signing a credential that already has a proof adds one: a proof set both proofs of which verify.
    @Test func signingTwiceMakesAProofSet() async throws {
        let key = try Fixtures.key(.ed25519)
        let once = try DataIntegritySigner.sign(document: try document(key), with: key)
        let twice = try DataIntegritySigner.sign(document: once, with: key, suite: .eddsaJcs2022)
        #expect(twice["proof"]?.arrayValue?.count == 2)
        let report = await Verifier(options: verifyAt).verify(JSON.object(twice).serialized())
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.checks(.signatureValid).count == 2)
    }
}
