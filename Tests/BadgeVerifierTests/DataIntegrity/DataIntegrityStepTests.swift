import BadgeCrypto
import BadgeIssuer
import BadgeVerifier
import Foundation
import IssuanceFixtures
import OpenBadges
import TestSupport
import Testing

/// The verifier's handling of embedded proofs on credentials Laurel issues: what makes a credential
/// valid, invalid or undecided, and what the report says about each proof.
@Suite struct DataIntegrityStepTests {
    static let now = try? DateTime("2026-06-01T12:00:00Z")
    let verifyAt = VerifierOptions(now: DataIntegrityStepTests.now)

    func signed(_ type: KeyType = .ed25519, issuerID: String? = nil, suite: Cryptosuite? = nil) throws -> JSONObject {
        let key = try Fixtures.key(type)
        let document = try #require(try Fixtures.credential(key: key, issuerID: issuerID).json.objectValue)
        return try DataIntegritySigner.sign(document: document, with: key, suite: suite)
    }

    func verify(_ document: JSONObject, options: VerifierOptions? = nil) async -> VerificationReport {
        await Verifier(options: options ?? verifyAt).verify(JSON.object(document).serialized([.prettyPrinted]))
    }

    func proof(_ document: JSONObject) throws -> JSONObject { try #require(document["proof"]?.objectValue) }

    @Test func aSignedCredentialIsValidAndItsProofIsDescribed() async throws {
        let document = try signed()
        let report = await verify(document)
        #expect(report.outcome == .valid, "\(report.text())")
        let check = try #require(report.checks(.signatureValid).first)
        #expect(check.evidence["suite"] == "eddsa-rdfc-2022")
        #expect(check.evidence["verificationMethod"] == document["proof"]?["verificationMethod"])
        #expect(check.evidence["proofPurpose"] == "assertionMethod")
        #expect(check.evidence["created"] == document["proof"]?["created"])
        #expect(check.evidence["pointer"] == "/proof")
        #expect(report.has(.keyResolved))
        #expect(report.has(.structureValid))
        #expect(report.has(.datesValid))
    }

    @Test func aCredentialWithoutProofIsInvalid() async throws {
        var document = try signed()
        document.removeValue(forKey: "proof")
        let report = await verify(document)
        #expect(report.outcome == .invalid)
        #expect(report.has(.proofMissing))
    }

    @Test func flippingAByteOfTheProofValueIsASignatureFailure() async throws {
        var document = try signed()
        var proof = try proof(document)
        var signature = try Multibase.decode(try #require(proof["proofValue"]?.stringValue)).bytes
        signature[17] ^= 0x80
        proof["proofValue"] = .string(Multibase.base58btc.encode(signature))
        document["proof"] = .object(proof)
        let report = await verify(document)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
        #expect(!report.has(.signatureValid))
    }

    @Test(arguments: ["name", "validFrom", "credentialSubject"])
    func changingTheCredentialIsASignatureFailure(_ member: String) async throws {
        var document = try signed()
        switch member {
        case "name": document["name"] = "Partnership Building: Bob"
        case "validFrom": document["validFrom"] = "2026-01-14T09:00:00Z"
        default:
            var subject = try #require(document["credentialSubject"]?.objectValue)
            subject["id"] = "did:example:mallory"
            document["credentialSubject"] = .object(subject)
        }
        let report = await verify(document)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid), "\(report.text())")
    }

    @Test func changingTheProofDateIsASignatureFailure() async throws {
        var document = try signed()
        var proof = try proof(document)
        proof["created"] = "2020-01-01T00:00:00Z"
        document["proof"] = .object(proof)
        let report = await verify(document)
        #expect(report.has(.signatureInvalid))
        #expect(report.outcome == .invalid)
    }

    /// Another key signs in the issuer's name: the proof names the other key, which the issuer does not
    /// control, or names the issuer's key, whose signature then does not match.
    @Test func aSignatureByAnotherKeyIsRefused() async throws {
        let issuerKey = try Fixtures.key(.ed25519)
        let other = IssuerKey(privateKey: try SigningPrivateKey.generate(.ed25519))
        let document = try #require(try Fixtures.credential(key: issuerKey).json.objectValue)
        // The other key's own did:key as verification method: not the issuer's.
        let impostor = IssuerKey(privateKey: other.privateKey, verificationMethod: other.didKey?.verificationMethodID)
        let byOther = try DataIntegritySigner.sign(document: document, with: impostor)
        var report = await verify(byOther)
        #expect(report.outcome == .invalid)
        #expect(report.has(.keyControllerMismatch), "\(report.text())")
        // The issuer's verification method, another key's signature.
        let forged = IssuerKey(privateKey: other.privateKey, verificationMethod: issuerKey.didKey?.verificationMethodID)
        report = await verify(try DataIntegritySigner.sign(document: document, with: forged))
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }

    @Test func anHTTPSIssuersMultikeyFragmentMustMatchTheIssuer() async throws {
        var document = try signed(issuerID: "https://learning.example.org/issuers/1")
        // Offline, nothing but the address says the key is the issuer's: valid, with that warning.
        let offline = await verify(document)
        #expect(offline.outcome == .validWithWarnings, "\(offline.text())")
        #expect(offline.has(.keyUnconfirmed))
        var issuer = try #require(document["issuer"]?.objectValue)
        issuer["id"] = "https://learning.example.org/issuers/2"
        document["issuer"] = .object(issuer)
        // Changing the issuer breaks the signature, and the key is no longer the issuer's.
        let report = await verify(document)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }

    @Test(arguments: [KeyType.p256, .p384])
    func ecdsaCredentialsVerify(_ type: KeyType) async throws {
        let report = await verify(try signed(type))
        #expect(report.outcome == .valid, "\(report.text())")
        #expect(report.checks(.signatureValid).first?.evidence["suite"] == "ecdsa-rdfc-2019")
    }

    @Test func anUnknownContextLeavesTheProofUndecidedAndNamesTheURL() async throws {
        var document = try signed()
        document["@context"] = .array((document["@context"]?.arrayValue ?? []) + ["https://example.org/contexts/course-v1.json"])
        let report = await verify(document)
        let check = try #require(report.checks(.proofContextUnavailable).first)
        #expect(check.severity == .indeterminate)
        #expect(check.message.contains("https://example.org/contexts/course-v1.json"))
        #expect(report.outcome == .indeterminate)
    }

    /// A claim whose term no context defines, added after signing: a lenient processor would drop it and
    /// call the signature valid. Safe mode refuses the credential and names the term.
    @Test func anUndefinedTermAddedAfterSigningIsRefused() async throws {
        var document = try signed()
        var subject = try #require(document["credentialSubject"]?.objectValue)
        subject["grade"] = "A+"
        document["credentialSubject"] = .object(subject)
        var report = await verify(document)
        #expect(report.outcome == .invalid)
        let check = try #require(report.checks(.proofCanonicalizationFailed).first, "\(report.text())")
        #expect(check.message.contains("\"grade\""))
        #expect(check.evidence["location"] == "/credentialSubject/grade")
        #expect(!report.has(.signatureValid))
        // Added together with a change to signed data, it is a signature failure.
        document["name"] = "Another name"
        report = await verify(document)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }

    @Test func aProofForAnotherPurposeDoesNotAssertTheCredential() async throws {
        let key = try Fixtures.key(.ed25519)
        let document = try #require(try Fixtures.credential(key: key).json.objectValue)
        var options = try DataIntegritySigner.proofOptions(for: document, key: key)
        options.proofPurpose = "authentication"
        let signed = try DataIntegrityProcessor.bundled.addProof(to: document, options: options, key: key.privateKey).document
        let report = await verify(signed)
        #expect(report.outcome == .invalid)
        #expect(report.has(.proofPurposeMismatch))
        #expect(report.has(.signatureValid))
    }

    @Test func anExpiredProofIsRefused() async throws {
        let key = try Fixtures.key(.ed25519)
        let document = try #require(try Fixtures.credential(key: key).json.objectValue)
        var options = try DataIntegritySigner.proofOptions(for: document, key: key)
        options.expires = "2026-03-01T00:00:00Z"
        let signed = try DataIntegrityProcessor.bundled.addProof(to: document, options: options, key: key.privateKey).document
        let report = await verify(signed)
        #expect(report.outcome == .invalid)
        #expect(report.has(.proofExpired))
        let before = await verify(signed, options: VerifierOptions(now: try DateTime("2026-02-01T00:00:00Z")))
        #expect(before.outcome == .valid, "\(before.text())")
    }

    /// Proof sets: one valid proof by the issuer establishes the credential; a proof Laurel cannot check
    /// or a valid proof by someone else is then a warning; a failing proof makes it invalid.
    @Test func proofSetsAreWeighedTogether() async throws {
        let document = try signed()
        let issuerProof = try #require(document["proof"])
        let unknown: JSON = ["type": "DataIntegrityProof", "cryptosuite": "bbs-2023", "verificationMethod": "did:example:1#k",
                             "proofPurpose": "assertionMethod", "proofValue": "u123"]
        var set = document
        set["proof"] = [unknown, issuerProof]
        var report = await verify(set)
        #expect(report.outcome == .validWithWarnings, "\(report.text())")
        #expect(report.checks(.proofUnsupported).first?.severity == .warning)

        set["proof"] = [unknown]
        report = await verify(set)
        #expect(report.outcome == .indeterminate)
        #expect(report.checks(.proofUnsupported).first?.severity == .indeterminate)

        // A co-signature by a partner's key, next to the issuer's.
        var bare = document
        bare.removeValue(forKey: "proof")
        let partner = IssuerKey(privateKey: try SigningPrivateKey.generate(.ed25519))
        let partnerRef = IssuerKey(privateKey: partner.privateKey, verificationMethod: partner.didKey?.verificationMethodID)
        let coSigned = try DataIntegritySigner.sign(document: document, with: partnerRef)
        report = await verify(coSigned)
        #expect(report.outcome == .validWithWarnings, "\(report.text())")
        #expect(report.checks(.keyControllerMismatch).first?.severity == .warning)
        #expect(report.checks(.signatureValid).count == 2)

        // A failing proof next to a valid one makes the credential invalid.
        var broken = try #require(coSigned["proof"]?.arrayValue)
        var second = try #require(broken[1].objectValue)
        second["created"] = "2020-01-01T00:00:00Z"
        broken[1] = .object(second)
        var tampered = coSigned
        tampered["proof"] = .array(broken)
        report = await verify(tampered)
        #expect(report.outcome == .invalid)
        #expect(report.has(.signatureInvalid))
    }

    /// Controller documents supplied offline: the key must be in the document, of a type the suite
    /// allows, controlled by the document, and listed for assertionMethod.
    @Test func controllerDocumentsAreReadStrictly() async throws {
        let key = try Fixtures.key(.ed25519)
        let issuerID = "https://learning.example.org/issuers/1"
        let method = issuerID + "#key-1"
        let keyed = IssuerKey(privateKey: key.privateKey, verificationMethod: method)
        let document = try #require(try Fixtures.credential(key: keyed, issuerID: issuerID).json.objectValue)
        let signed = try DataIntegritySigner.sign(document: document, with: keyed)
        let multikey = try key.publicKey.multikey()

        func controller(type: String = "Multikey", controller: String = issuerID, assertion: [JSON] = ["#key-1"]) -> JSON {
            ["@context": ["https://www.w3.org/ns/cid/v1"], "id": .string(issuerID),
             "verificationMethod": [["id": "#key-1", "type": .string(type), "controller": .string(controller),
                                     "publicKeyMultibase": .string(multikey)]],
             "assertionMethod": .array(assertion)]
        }
        func report(_ doc: JSON?) async -> VerificationReport {
            await verify(signed, options: VerifierOptions(now: Self.now, controllerDocuments: doc.map { [issuerID: $0] } ?? [:]))
        }

        var result = await report(nil)
        #expect(result.outcome == .indeterminate)
        #expect(result.has(.keyUnresolvable))

        result = await report(controller())
        #expect(result.outcome == .valid, "\(result.text())")
        #expect(result.checks(.keyResolved).first?.evidence["resolvedBy"] == .string("controller document (Multikey)"))

        result = await report(controller(assertion: [.string(method)]))
        #expect(result.outcome == .valid)

        result = await report(controller(assertion: []))
        #expect(result.outcome == .invalid)
        #expect(result.has(.keyNotAuthorized))

        result = await report(controller(type: "JsonWebKey"))
        #expect(result.outcome == .invalid)
        #expect(result.has(.keyInvalid))

        result = await report(controller(controller: "https://elsewhere.example/"))
        #expect(result.outcome == .invalid)
        #expect(result.has(.keyInvalid))
    }

    /// The poison graph (a clique of ten blank nodes) as a credential: refused within the canonicalization
    /// limits, quickly.
    @Test func thePoisonGraphIsRefusedInBoundedTime() async throws {
        var document = try signed()
        let nodes: [JSON] = (0..<10).map { index in
            ["id": .string("_:e\(index)"), "knows": .array((0..<10).map { ["id": .string("_:e\($0)")] })]
        }
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"]
        document["credentialSubject"] = .array(nodes)
        let clock = ContinuousClock()
        var report: VerificationReport?
        let elapsed = await clock.measure { report = await verify(document) }
        #expect(elapsed < .seconds(3))
        let result = try #require(report)
        #expect(result.outcome == .invalid)
        #expect(result.has(.proofCanonicalizationFailed), "\(result.text())")
    }

    @Test func aMalformedProofIsNamed() async throws {
        var document = try signed()
        var proof = try proof(document)
        proof["created"] = "last tuesday"
        document["proof"] = .object(proof)
        let report = await verify(document)
        #expect(report.outcome == .invalid)
        let check = try #require(report.checks(.proofMalformed).first)
        #expect(check.evidence["location"] == "/proof/created")
    }

    @Test func theJSONReportCarriesTheProofChecks() async throws {
        let report = await verify(try signed())
        let json = report.json(includeCredential: false)
        let codes = json["checks"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        #expect(codes.contains("proof.signature_valid"))
        #expect(codes.contains("key.resolved"))
    }
}
