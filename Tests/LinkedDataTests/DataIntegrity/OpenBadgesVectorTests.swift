import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// The 1EdTech Open Badges 3.0 and CLR 2.0 eddsa-rdfc-2022 worked examples: every intermediate form, and
/// re-signing reproduces the signature and proofValue (Ed25519 is deterministic).
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OpenBadgesVectorTests {
    @Test(arguments: ["ob3", "clr2"])
    func creatingTheProofReproducesEveryIntermediate(_ folder: String) throws {
        let base = DIVectors.ob3 + folder + "/"
        let credential = try DIVectors.object(base + "credential-unsigned.json")
        let expected = try DIVectors.object(base + "expected-intermediates.json")
        let options = try DIVectors.options(base + "proof-config.json")
        let created = try DIVectors.processor.createProof(for: credential, options: options, key: try DIVectors.oneEdTechKey())
        let steps = created.intermediates

        #expect(steps.canonicalDocument == Array(try Vectors.text(base + "document-canon.nq").utf8))
        #expect(steps.canonicalProofConfiguration == Array(try Vectors.text(base + "proof-canon.nq").utf8))
        #expect(steps.documentHash.hexString == expected["documentHashHex"]?.stringValue)
        #expect(steps.proofConfigurationHash.hexString == expected["proofHashHex"]?.stringValue)
        #expect(steps.hashData.hexString == expected["dataToSignHex"]?.stringValue)
        #expect(created.signature.hexString == expected["signatureHex"]?.stringValue)
        #expect(created.proof["proofValue"]?.stringValue == expected["proofValue"]?.stringValue)

        // The CLR vector writes its one proof as a list of one.
        let signed = try DIVectors.object(base + "credential-signed.json")
        let signedProof = try #require(signed["proof"]?.asArray.first?.objectValue)
        #expect(DIVectors.same(created.proof, signedProof))
        var (document, _) = try DIVectors.processor.addProof(to: credential, options: options, key: try DIVectors.oneEdTechKey())
        document["proof"] = signed["proof"]?.arrayValue != nil ? [.object(created.proof)] : .object(created.proof)
        #expect(DIVectors.same(document, signed))
    }

    @Test(arguments: ["ob3", "clr2"])
    func theSignedCredentialVerifies(_ folder: String) throws {
        let signed = try DIVectors.object(DIVectors.ob3 + folder + "/credential-signed.json")
        let entries = try ProofSet.entries(of: signed)
        try #require(entries.count == 1)
        let result = try DIVectors.processor.verifyProof(
            entries[0].proof, unsecuredDocument: try entries[0].unsecuredDocument.get(),
            key: try DIVectors.oneEdTechKey().publicKey)
        #expect(result.verified)
        #expect(result.problems.isEmpty)
    }
}
