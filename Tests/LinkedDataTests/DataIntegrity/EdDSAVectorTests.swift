import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// The W3C vc-di-eddsa vectors: eddsa-rdfc-2022 and eddsa-jcs-2022 re-created byte for byte (every
/// intermediate, the signature, the proofValue, the signed document), and Ed25519Signature2020 verified
/// with its intermediates reproduced.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct EdDSAVectorTests {
    struct Case: Sendable, CustomStringConvertible {
        let folder: String
        let suffix: String
        var description: String { folder }
        var base: String { DIVectors.eddsa + folder + "/" }
        func file(_ stem: String, _ ext: String = "txt") -> String { base + stem + suffix + "." + ext }
    }

    static let created = [Case(folder: "eddsa-rdfc-2022", suffix: "DataInt"), Case(folder: "eddsa-jcs-2022", suffix: "JCS")]

    @Test(arguments: created)
    func creatingTheProofReproducesTheVector(_ vector: Case) throws {
        let document = try DIVectors.object(DIVectors.eddsa + "unsigned.json")
        let key = try DIVectors.privateKey(DIVectors.eddsa + "keyPair.json")
        let options = try DIVectors.options(vector.file("proofConfig", "json"))
        let (signed, created) = try DIVectors.processor.addProof(to: document, options: options, key: key)
        let steps = created.intermediates

        #expect(String(decoding: steps.canonicalDocument, as: UTF8.self) == (try Vectors.text(vector.file("canonDoc"))))
        #expect(String(decoding: steps.canonicalProofConfiguration, as: UTF8.self) == (try Vectors.text(vector.file("proofCanon"))))
        #expect(steps.documentHash.hexString == (try DIVectors.line(vector.file("docHash"))))
        #expect(steps.proofConfigurationHash.hexString == (try DIVectors.line(vector.file("proofHash"))))
        #expect(steps.hashData.hexString == (try DIVectors.line(vector.file("combinedHash"))))
        #expect(created.signature.hexString == (try DIVectors.line(vector.file("sigHex"))))
        #expect(created.proof["proofValue"]?.stringValue == (try DIVectors.line(vector.file("sigBTC58"))))
        #expect(DIVectors.same(signed, try DIVectors.object(vector.file("signed", "json"))))
    }

    @Test(arguments: created + [Case(folder: "Ed25519Signature2020", suffix: "EdSig")])
    func theSignedDocumentVerifies(_ vector: Case) throws {
        let signed = try DIVectors.object(vector.file("signed", "json"))
        let key = try DIVectors.privateKey(DIVectors.eddsa + "keyPair.json")
        let entry = try #require(try ProofSet.entries(of: signed).first)
        let result = try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(),
                                                         key: key.publicKey)
        #expect(result.verified)
        let steps = try #require(result.intermediates)
        #expect(String(decoding: steps.canonicalDocument, as: UTF8.self) == (try Vectors.text(vector.file("canonDoc"))))
        #expect(String(decoding: steps.canonicalProofConfiguration, as: UTF8.self) == (try Vectors.text(vector.file("proofCanon"))))
        #expect(steps.hashData.hexString == (try DIVectors.line(vector.file("combinedHash"))))
        // Ed25519 is deterministic: signing the hash data again gives the vector's signature.
        #expect(try key.signature(for: steps.hashData).hexString == (try DIVectors.line(vector.file("sigHex"))))
    }

    /// The legacy suites are verified, never created.
    @Test func legacySuitesAreNotCreated() throws {
        let document = try DIVectors.object(DIVectors.eddsa + "unsigned.json")
        let key = try DIVectors.privateKey(DIVectors.eddsa + "keyPair.json")
        for suite in [Cryptosuite.ed25519Signature2020, .eddsa2022] {
            let options = ProofOptions(suite: suite, verificationMethod: "did:key:z6Mk#z6Mk")
            #expect(throws: DataIntegrityError.self) { try DIVectors.processor.createProof(for: document, options: options, key: key) }
        }
    }

    /// The "employ" vector needs a context that is not collected (https://w3id.org/citizenship/v4rc1):
    /// verifying it names that context, and the published canonical forms still hash and verify.
    @Test func theEmploymentVectorNamesItsMissingContext() throws {
        let base = DIVectors.eddsa + "eddsa-rdfc-2022/employ/"
        let signed = try DIVectors.object(base + "signedDataInt.json")
        let key = try DIVectors.privateKey(DIVectors.eddsa + "keyPair.json")
        let entry = try #require(try ProofSet.entries(of: signed).first)
        do {
            _ = try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: key.publicKey)
            Issue.record("expected an unknown-context error")
        } catch {
            #expect(error.code == .unknownContext)
            #expect(error.message.contains("https://w3id.org/citizenship/v4rc1"))
        }
        let document = Array(try Vectors.text(base + "canonDocDataInt.txt").utf8)
        let proof = Array(try Vectors.text(base + "proofCanonDataInt.txt").utf8)
        let hashData = SHA256.hash(proof) + SHA256.hash(document)
        #expect(hashData.hexString == (try DIVectors.line(base + "combinedHashDataInt.txt")))
        #expect(key.publicKey.isValidSignature(try DIVectors.hex(try DIVectors.line(base + "sigHexDataInt.txt")), for: hashData))
        // The published canonical form is a fixed point of Laurel's canonicalizer.
        let quads = try NQuadsParser().parse(document)
        #expect(try RDFCanonicalizer().canonicalize(quads).nquads == document)
    }
}
