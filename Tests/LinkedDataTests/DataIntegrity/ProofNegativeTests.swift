import BadgeCrypto
import Foundation
import LinkedData
import TestSupport
import Testing

/// Proofs that must not verify, and documents that must not be signed or checked: each one a way a
/// credential could be forged, altered, or made to cost unbounded work.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct ProofNegativeTests {
    static let folder = DIVectors.ob3 + "ob3/"

    func signed() throws -> JSONObject { try DIVectors.object(Self.folder + "credential-signed.json") }

    func verify(_ document: JSONObject, key: SigningPublicKey? = nil) throws -> ProofVerification {
        let entry = try #require(try ProofSet.entries(of: document).first)
        return try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(),
                                                   key: try key ?? DIVectors.oneEdTechKey().publicKey)
    }

    func withProof(_ document: JSONObject, _ change: (inout JSONObject) -> Void) throws -> JSONObject {
        var proof = try #require(document["proof"]?.objectValue)
        change(&proof)
        var copy = document
        copy["proof"] = .object(proof)
        return copy
    }

    @Test func theUnchangedCredentialVerifies() throws {
        #expect(try verify(try signed()).verified)
    }

    /// Every byte of the signature matters: flipping any one of the 64 fails.
    @Test func flippingAnyByteOfTheProofValueFails() throws {
        let document = try signed()
        let text = try #require(document["proof"]?["proofValue"]?.stringValue)
        let signature = try Multibase.decode(text).bytes
        try #require(signature.count == 64)
        for index in signature.indices {
            var flipped = signature
            flipped[index] ^= 0x01
            let changed = try withProof(document) { $0["proofValue"] = .string(Multibase.base58btc.encode(flipped)) }
            let result = try verify(changed)
            #expect(!result.verified, "byte \(index)")
            #expect(result.problems == [.signatureMismatch])
        }
    }

    @Test func aProofValueThatIsNotASignatureFails() throws {
        for value: JSON in ["uAAAA", "z0OIl", "", 42, "z"] {
            let changed = try withProof(try signed()) { $0["proofValue"] = value }
            let result = try verify(changed)
            #expect(!result.verified)
            #expect(!result.signatureValid)
        }
    }

    /// Changing any string of the credential, at any depth, breaks the signature.
    @Test func changingAnyFieldOfTheCredentialFails() throws {
        let document = try signed()
        var paths: [[String]] = []
        func collect(_ value: JSON, _ path: [String]) {
            switch value {
            case .object(let object):
                for member in object where member.key != "proof" && member.key != "@context" { collect(member.value, path + [member.key]) }
            case .string: paths.append(path)
            default: break
            }
        }
        collect(.object(document), [])
        #expect(paths.count >= 10)
        for path in paths {
            var changed = JSON.object(document)
            changed.update(path) { value in
                if case .string(let text) = value { value = .string(text + "x") }
            }
            let object = try #require(changed.objectValue)
            // Some changes make JSON-LD refuse the document (an IRI that is no longer absolute); those
            // are errors, which is just as much a refusal.
            if let result = try? verify(object) { #expect(!result.verified, "\(path)") }
        }
    }

    @Test func changingTheProofCreatedDateFails() throws {
        let changed = try withProof(try signed()) { $0["created"] = "2010-01-01T19:23:25Z" }
        #expect(try verify(changed).problems == [.signatureMismatch])
    }

    @Test func anyOtherChangeToTheProofOptionsFails() throws {
        let changes: [(String, JSON)] = [
            ("proofPurpose", "authentication"), ("verificationMethod", "https://example.edu/issuers/565049#key-2"),
            ("domain", "example.org"), ("challenge", "1234"), ("expires", "2030-01-01T00:00:00Z"),
        ]
        for (name, value) in changes {
            let changed = try withProof(try signed()) { $0[name] = value }
            let result = try verify(changed, key: nil)
            #expect(!result.signatureValid, "\(name)")
        }
    }

    @Test func anotherKeyFails() throws {
        let other = try SigningPrivateKey.generate(.ed25519).publicKey
        #expect(try verify(try signed(), key: other).problems == [.signatureMismatch])
        let ecdsa = try SigningPrivateKey.generate(.p256).publicKey
        #expect(throws: DataIntegrityError.self) { try verify(try signed(), key: ecdsa) }
    }

    @Test func anUnexpectedPurposeIsReported() throws {
        let entry = try #require(try ProofSet.entries(of: try signed()).first)
        let result = try DIVectors.processor.verifyProof(
            entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: try DIVectors.oneEdTechKey().publicKey,
            expectations: ProofExpectations(proofPurpose: "authentication", domain: ["example.org"], challenge: "abc"))
        #expect(result.signatureValid)
        #expect(!result.verified)
        #expect(result.problems.count == 3)
    }

    @Test func anUnknownContextIsNamed() throws {
        var document = try signed()
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://example.org/contexts/unknown-v1.json"]
        do {
            _ = try verify(document)
            Issue.record("expected an unknown context error")
        } catch let error as DataIntegrityError {
            #expect(error.code == .unknownContext)
            #expect(error.message.contains("https://example.org/contexts/unknown-v1.json"))
        }
    }

    /// Safe mode: a term no context defines would be dropped by a lenient processor, so it could be
    /// added after signing without breaking the signature. Laurel refuses the document and names the term.
    @Test func aTermNoContextDefinesIsRefused() throws {
        var document = try signed()
        document["@context"] = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                                ["@vocab": .null, "undefinedExtra": .null]]
        var subject = try #require(document["credentialSubject"]?.objectValue)
        subject["undefinedExtra"] = "unsigned claim"
        document["credentialSubject"] = .object(subject)
        do {
            _ = try verify(document)
            Issue.record("expected a safe mode error")
        } catch let error as DataIntegrityError {
            #expect(error.code == .invalidJSONLD)
            #expect(error.message.contains("undefinedExtra"))
            #expect(error.location?.contains("credentialSubject") == true)
        }
        // Creating a proof over such a document is refused the same way.
        let key = try DIVectors.oneEdTechKey()
        document.removeValue(forKey: "proof")
        #expect(throws: DataIntegrityError.self) {
            try DIVectors.processor.createProof(for: document, options: try DIVectors.options(Self.folder + "proof-config.json"), key: key)
        }
    }

    /// A credential whose subjects form the RDFC poison graph (a 10-node clique of blank nodes) is
    /// refused within the canonicalization limits, in bounded time, for signing and for verifying.
    @Test func thePoisonGraphIsRefusedQuickly() throws {
        let nodes: [JSON] = (0..<10).map { index in
            ["id": .string("_:e\(index)"), "knows": .array((0..<10).map { ["id": .string("_:e\($0)")] })]
        }
        let document: JSONObject = [
            // The examples context maps every other term into its own vocabulary, so "knows" is defined.
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://www.w3.org/ns/credentials/examples/v2"],
            "type": ["VerifiableCredential"],
            "issuer": "did:example:issuer", "validFrom": "2026-01-01T00:00:00Z", "credentialSubject": .array(nodes),
        ]
        let key = try SigningPrivateKey.generate(.ed25519)
        let options = ProofOptions(suite: .eddsaRdfc2022, verificationMethod: "did:example:issuer#key-1", created: "2026-01-01T00:00:00Z")
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            do throws(DataIntegrityError) {
                _ = try DIVectors.processor.createProof(for: document, options: options, key: key)
                Issue.record("expected the canonicalization limit")
            } catch {
                #expect(error.code == .canonicalizationLimit, "\(error)")
            }
        }
        #expect(elapsed < .seconds(2))
        var signed = document
        signed["proof"] = .object(options.json.merging(["proofValue": "z3FXQjecWufY46yg5abdVZsdN2sjC6HcR7Y1nXzzzU1KuV9HbpQB2q6SuntGnMGShrVGb1NEsVLUoXS2oyiu7C2Ue"]))
        let entry = try #require(try ProofSet.entries(of: signed).first)
        do throws(DataIntegrityError) {
            _ = try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: key.publicKey)
            Issue.record("expected the canonicalization limit")
        } catch {
            #expect(error.code == .canonicalizationLimit, "\(error)")
        }
    }

    @Test func malformedProofsAreRefusedWithTheirPlace() throws {
        let cases: [(String, JSON?, String)] = [
            ("verificationMethod", nil, "/proof"), ("proofPurpose", 7, "/proof/proofPurpose"),
            ("created", "yesterday", "/proof/created"), ("expires", "2030-13-01T00:00:00Z", "/proof/expires"),
            ("previousProof", 12, "/proof/previousProof"), ("domain", ["a", 1], "/proof/domain"),
        ]
        for (name, value, location) in cases {
            let changed = try withProof(try signed()) { $0[name] = value }
            do {
                _ = try verify(changed)
                Issue.record("expected a malformed proof for \(name)")
            } catch let error as DataIntegrityError {
                #expect(error.code == .malformedProof, "\(name)")
                #expect(error.location == location, "\(name)")
            }
        }
    }

    @Test func anUnknownSuiteIsUnsupportedNotInvalid() throws {
        for (type, suite) in [("DataIntegrityProof", "ecdsa-sd-2023"), ("BbsBlsSignature2020", nil), ("JsonWebSignature2020", nil)] {
            let changed = try withProof(try signed()) {
                $0["type"] = .string(type)
                $0["cryptosuite"] = suite.map(JSON.string)
            }
            do {
                _ = try verify(changed)
                Issue.record("expected unsupportedSuite for \(type)")
            } catch let error as DataIntegrityError {
                #expect(error.code == .unsupportedSuite)
            }
        }
    }

    @Test func proofListsAreBounded() throws {
        var document = try signed()
        let proof = try #require(document["proof"])
        document["proof"] = .array(Array(repeating: proof, count: DataIntegrityProcessor.maxProofs + 1))
        #expect(throws: DataIntegrityError.self) { try ProofSet.entries(of: document) }
        document["proof"] = "not a proof"
        #expect(throws: DataIntegrityError.self) { try ProofSet.entries(of: document) }
    }
}

extension JSON {
    /// Applies `change` to the value at `path` (object keys only).
    mutating func update(_ path: [String], _ change: (inout JSON) -> Void) {
        guard let key = path.first else { return change(&self) }
        guard case .object(var object) = self, var value = object[key] else { return }
        value.update(Array(path.dropFirst()), change)
        object[key] = value
        self = .object(object)
    }
}

extension JSONObject {
    func merging(_ other: JSONObject) -> JSONObject {
        var merged = self
        for member in other { merged[member.key] = member.value }
        return merged
    }
}
