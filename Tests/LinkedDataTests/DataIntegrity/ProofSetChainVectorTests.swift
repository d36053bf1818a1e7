import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// The vc-di-eddsa proof set and proof chain vectors: building them proof by proof reproduces every
/// signed document byte for byte, and every proof of each verifies against the document without proofs
/// plus the proofs it chains to.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct ProofSetChainVectorTests {
    static let base = DIVectors.eddsa + "proof-set-chain/"

    func key(_ number: Int) throws -> SigningPrivateKey {
        try DIVectors.privateKey(Self.base + "multiKeyPairs.json", member: "keyPair\(number)")
    }

    func add(_ config: String, key number: Int, to document: JSONObject) throws -> JSONObject {
        try DIVectors.processor.addProof(to: document, options: try DIVectors.options(Self.base + config), key: try key(number)).document
    }

    @Test func buildingTheSetAndChainReproducesEachDocument() throws {
        let unsigned = try DIVectors.object(Self.base + "unsigned.json")
        let set1 = try add("proofSetConfig1.json", key: 1, to: unsigned)
        #expect(DIVectors.same(set1, try DIVectors.object(Self.base + "signedProofSet1.json")))
        let set2 = try add("proofSetConfig2.json", key: 2, to: set1)
        #expect(DIVectors.same(set2, try DIVectors.object(Self.base + "signedProofSet2.json")))
        let chain1 = try add("proofChainConfig1.json", key: 3, to: set2)
        #expect(DIVectors.same(chain1, try DIVectors.object(Self.base + "signedProofChain1.json")))
        let chain2 = try add("proofChainConfig2.json", key: 4, to: chain1)
        #expect(DIVectors.same(chain2, try DIVectors.object(Self.base + "signedProofChain2.json")))
    }

    @Test(arguments: ["signedProofSet1.json", "signedProofSet2.json", "signedProofChain1.json", "signedProofChain2.json"])
    func everyProofVerifies(_ file: String) throws {
        let keys = try (1...4).map { number in
            let key = try key(number).publicKey
            return (multikey: try key.multikey(), key: key)
        }
        let entries = try ProofSet.entries(of: try DIVectors.object(Self.base + file))
        #expect(!entries.isEmpty)
        for entry in entries {
            let method = try #require(entry.proof["verificationMethod"]?.stringValue)
            let key = try #require(keys.first { method.hasSuffix($0.multikey) }?.key)
            let result = try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: key)
            #expect(result.verified, "proof \(entry.index) of \(file)")
        }
    }

    /// A chained proof covers the proofs it names: the temporary documents of the vectors are exactly
    /// the documents the chained proofs are verified against.
    @Test func aChainedProofIsCheckedAgainstTheProofsItNames() throws {
        let chain = try ProofSet.entries(of: try DIVectors.object(Self.base + "signedProofChain2.json"))
        try #require(chain.count == 4)
        var expected = try DIVectors.object(Self.base + "proofChainTempDoc1.json")
        #expect(DIVectors.same(try chain[2].unsecuredDocument.get(), expected))
        expected = try DIVectors.object(Self.base + "proofChainTempDoc2.json")
        #expect(DIVectors.same(try chain[3].unsecuredDocument.get(), expected))
    }

    /// Changing an earlier proof breaks the proofs that chain to it, and only those.
    @Test func changingAnEarlierProofBreaksTheChainAfterIt() throws {
        var document = try DIVectors.object(Self.base + "signedProofChain2.json")
        var proofs = try #require(document["proof"]?.arrayValue)
        var first = try #require(proofs[0].objectValue)
        first["created"] = "2023-02-24T23:36:39Z"
        proofs[0] = .object(first)
        document["proof"] = .array(proofs)
        let keys = try (1...4).map { try key($0).publicKey }
        let verdicts = try ProofSet.entries(of: document).enumerated().map { index, entry in
            try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: keys[index]).verified
        }
        #expect(verdicts == [false, true, false, true])
    }

    @Test func aPreviousProofThatIsMissingIsAnError() throws {
        var document = try DIVectors.object(Self.base + "signedProofChain2.json")
        var proofs = try #require(document["proof"]?.arrayValue)
        proofs.remove(at: 2)
        document["proof"] = .array(proofs)
        let entries = try ProofSet.entries(of: document)
        #expect(throws: DataIntegrityError.self) { try entries[2].unsecuredDocument.get() }
        let options = try DIVectors.options(Self.base + "proofChainConfig2.json")
        let key = try key(4)
        do {
            _ = try DIVectors.processor.addProof(to: document, options: options, key: key)
            Issue.record("expected previousProofMissing")
        } catch {
            #expect(error.code == .previousProofMissing)
            #expect(error.message.contains("urn:uuid:d94f792a-c546-4d06-b38a-da070ab56c23"))
        }
    }
}
