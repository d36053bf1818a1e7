import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// Every proof option (VC Data Integrity 1.0 §2.1) is written into the proof, covered by the signature,
/// and checked against what the verifier expects.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct ProofOptionsTests {
    let document = (try? DIVectors.object(DIVectors.eddsa + "unsigned.json")) ?? [:]
    let key = (try? SigningPrivateKey.generate(.ed25519))

    func options(_ suite: Cryptosuite = .eddsaRdfc2022) -> ProofOptions {
        ProofOptions(suite: suite, verificationMethod: "https://vc.example/issuers/5678#key-1", proofPurpose: "authentication",
                     created: "2026-01-15T09:00:00.125+02:00", expires: "2027-01-15T09:00:00Z", id: "urn:uuid:4a2b0c1d-0000-4000-8000-000000000001",
                     challenge: "1f44d55f-f161-4938-a659-f8026467f126", domain: ["https://verifier.example", "https://other.example"],
                     nonce: "c29tZSByYW5kb20gZGF0YQ")
    }

    @Test(arguments: [Cryptosuite.eddsaRdfc2022, .eddsaJcs2022])
    func everyOptionIsWrittenAndSigned(_ suite: Cryptosuite) throws {
        let key = try #require(key)
        let created = try DIVectors.processor.createProof(for: document, options: options(suite), key: key)
        let proof = created.proof
        #expect(proof["id"] == "urn:uuid:4a2b0c1d-0000-4000-8000-000000000001")
        #expect(proof["expires"] == "2027-01-15T09:00:00Z")
        #expect(proof["challenge"] == "1f44d55f-f161-4938-a659-f8026467f126")
        #expect(proof["domain"] == ["https://verifier.example", "https://other.example"])
        #expect(proof["nonce"] == "c29tZSByYW5kb20gZGF0YQ")
        let expected = ProofExpectations(proofPurpose: "authentication", domain: ["https://other.example", "https://verifier.example"],
                                         challenge: "1f44d55f-f161-4938-a659-f8026467f126")
        let check = try DIVectors.processor.verifyProof(proof, unsecuredDocument: document, key: key.publicKey, expectations: expected)
        #expect(check.verified, "\(check.problems)")
        if suite == .eddsaRdfc2022 {
            let canonical = String(decoding: created.intermediates.canonicalProofConfiguration, as: UTF8.self)
            for term in ["https://w3id.org/security#challenge", "https://w3id.org/security#domain", "https://w3id.org/security#expiration",
                         "https://w3id.org/security#nonce", "https://w3id.org/security#authenticationMethod"] {
                #expect(canonical.contains(term), "\(term)")
            }
            #expect(canonical.hasPrefix("<urn:uuid:4a2b0c1d-0000-4000-8000-000000000001> "))
        }
        let changes: [(String, JSON)] = [("challenge", "changed"), ("domain", "https://verifier.example"),
                                         ("expires", "2027-01-15T09:00:01Z"), ("nonce", "changed"), ("id", "urn:uuid:changed")]
        for (name, value) in changes {
            var changed = proof
            changed[name] = value
            let result = try DIVectors.processor.verifyProof(changed, unsecuredDocument: document, key: key.publicKey, expectations: .none)
            #expect(!result.signatureValid, "\(name)")
        }
    }

    @Test func unmetExpectationsAreEachReported() throws {
        let key = try #require(key)
        let proof = try DIVectors.processor.createProof(for: document, options: options(), key: key).proof
        let result = try DIVectors.processor.verifyProof(
            proof, unsecuredDocument: document, key: key.publicKey,
            expectations: ProofExpectations(proofPurpose: "assertionMethod", domain: ["https://verifier.example"], challenge: "other"))
        #expect(result.signatureValid)
        #expect(result.problems == [
            .purposeMismatch(expected: "assertionMethod", found: "authentication"),
            .domainMismatch(expected: ["https://verifier.example"], found: ["https://verifier.example", "https://other.example"]),
            .challengeMismatch(expected: "other", found: "1f44d55f-f161-4938-a659-f8026467f126"),
        ])
    }

    /// `created` and `expires` take any XML Schema dateTime, and nothing else.
    @Test func dateTimesAreCheckedForTheirForm() throws {
        let key = try #require(key)
        let valid = ["2026-01-15T09:00:00Z", "2026-01-15T09:00:00", "2026-01-15T09:00:00.5-05:30", "-0044-03-15T12:00:00Z",
                     "2026-12-31T24:00:00Z", "12026-01-15T09:00:00+14:00"]
        let invalid = ["2026-01-15", "2026-1-15T09:00:00Z", "2026-01-15T09:00Z", "2026-01-15T25:00:00Z", "2026-01-15T09:00:60Z",
                       "2026-01-15T09:00:00.Z", "2026-01-15T09:00:00+15:00", "2026-01-15 09:00:00Z", "2026-01-15T09:00:00z", ""]
        for text in valid {
            var options = ProofOptions(suite: .eddsaJcs2022, verificationMethod: "did:example:1#k")
            options.created = text
            #expect(throws: Never.self, "\(text)") { try DIVectors.processor.createProof(for: document, options: options, key: key) }
        }
        for text in invalid {
            var options = ProofOptions(suite: .eddsaJcs2022, verificationMethod: "did:example:1#k")
            options.expires = text
            #expect(throws: DataIntegrityError.self, "\(text)") { try DIVectors.processor.createProof(for: document, options: options, key: key) }
        }
    }

    /// A JCS proof carries the document's @context; a document whose @context does not begin with it
    /// fails (the JCS suites' Verify Proof, step 4).
    @Test func aJCSProofMustMatchTheDocumentsContext() throws {
        let key = try #require(key)
        let proof = try DIVectors.processor.createProof(for: document, options: ProofOptions(suite: .eddsaJcs2022, verificationMethod: "did:example:1#k"),
                                                        key: key).proof
        #expect(proof["@context"] == document["@context"])
        var other = document
        other["@context"] = ["https://www.w3.org/ns/credentials/v2"]
        let result = try DIVectors.processor.verifyProof(proof, unsecuredDocument: other, key: key.publicKey, expectations: .none)
        #expect(result.problems == [.contextMismatch])
        #expect(result.intermediates == nil)
    }

    @Test func suitesAreNamedAndIdentified() {
        #expect(Cryptosuite(name: "eddsa-rdfc-2022") == .eddsaRdfc2022)
        #expect(Cryptosuite(name: "EDDSA-RDFC-2022") == nil)
        #expect(Cryptosuite.defaultSuite(for: .p384) == .ecdsaRdfc2019)
        #expect(Cryptosuite.defaultSuite(for: .rsa) == nil)
        #expect(Cryptosuite.creatable == [.eddsaRdfc2022, .eddsaJcs2022, .ecdsaRdfc2019, .ecdsaJcs2019])
        #expect(Cryptosuite.identify(["type": "Ed25519Signature2020"]) == .known(.ed25519Signature2020))
        #expect(Cryptosuite.identify(["type": "DataIntegrityProof", "cryptosuite": "Ed25519Signature2020"])
            == .unknown("DataIntegrityProof with cryptosuite Ed25519Signature2020"))
        #expect(Cryptosuite.identify(["type": "DataIntegrityProof"]) == .unknown("DataIntegrityProof without a cryptosuite"))
        #expect(Cryptosuite.identify(["type": 3]) == .unknown("a proof whose type is not a string"))
        #expect(Cryptosuite.ecdsaRdfc2019.digest(for: .p384) == .sha384)
        #expect(Cryptosuite.ecdsaJcs2019.digest(for: .p256) == .sha256)
    }
}
