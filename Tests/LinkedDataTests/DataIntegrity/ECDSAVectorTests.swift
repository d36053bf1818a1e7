import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// The W3C vc-di-ecdsa vectors (ecdsa-rdfc-2019 and ecdsa-jcs-2019, P-256 and P-384): every signed
/// document verifies; re-creating a proof reproduces the deterministic parts (canonical forms, hashes)
/// byte for byte, and its randomized signature verifies.
@Suite(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct ECDSAVectorTests {
    struct Case: Sendable, CustomStringConvertible {
        let folder: String
        let suffix: String
        let keyFile: String
        var description: String { folder }
        func file(_ stem: String, _ ext: String = "txt") -> String { DIVectors.ecdsa + folder + "/" + stem + suffix + "." + ext }
        var key: String { DIVectors.ecdsa + keyFile }
    }

    static let cases = [
        Case(folder: "ecdsa-rdfc-2019-p256", suffix: "ECDSAP256", keyFile: "p256KeyPair.json"),
        Case(folder: "ecdsa-rdfc-2019-p384", suffix: "ECDSAP384", keyFile: "p384KeyPair.json"),
        Case(folder: "ecdsa-jcs-2019-p256", suffix: "JCSECDSAP256", keyFile: "p256KeyPair.json"),
        Case(folder: "ecdsa-jcs-2019-p384", suffix: "JCSECDSAP384", keyFile: "p384KeyPair.json"),
    ]

    @Test(arguments: cases)
    func theSignedDocumentVerifies(_ vector: Case) throws {
        let signed = try DIVectors.object(vector.file("signed", "json"))
        let key = try DIVectors.privateKey(vector.key).publicKey
        let entry = try #require(try ProofSet.entries(of: signed).first)
        let result = try DIVectors.processor.verifyProof(entry.proof, unsecuredDocument: try entry.unsecuredDocument.get(), key: key)
        #expect(result.verified)
        #expect(result.intermediates?.hashData.hexString == (try DIVectors.line(vector.file("combinedHash"))))
        #expect(try DIVectors.hex(try DIVectors.line(vector.file("sigHex"))) == (try Multibase.decode(try DIVectors.line(vector.file("sigBTC58"))).bytes))
    }

    @Test(arguments: cases)
    func creatingTheProofReproducesTheDeterministicParts(_ vector: Case) throws {
        let document = try DIVectors.object(DIVectors.ecdsa + "unsigned.json")
        let key = try DIVectors.privateKey(vector.key)
        let created = try DIVectors.processor.createProof(for: document, options: try DIVectors.options(vector.file("proofConfig", "json")), key: key)
        let steps = created.intermediates
        #expect(String(decoding: steps.canonicalDocument, as: UTF8.self) == (try Vectors.text(vector.file("canonDoc"))))
        #expect(String(decoding: steps.canonicalProofConfiguration, as: UTF8.self) == (try Vectors.text(vector.file("proofCanon"))))
        #expect(steps.documentHash.hexString == (try DIVectors.line(vector.file("docHash"))))
        #expect(steps.proofConfigurationHash.hexString == (try DIVectors.line(vector.file("proofHash"))))
        #expect(steps.hashData.hexString == (try DIVectors.line(vector.file("combinedHash"))))
        #expect(created.signature.count == (key.keyType == .p384 ? 96 : 64))
        #expect(key.publicKey.isValidSignature(created.signature, for: steps.hashData))
        // The vector's own signature checks against the hash data Laurel computed.
        #expect(key.publicKey.isValidSignature(try DIVectors.hex(try DIVectors.line(vector.file("sigHex"))), for: steps.hashData))
        let check = try DIVectors.processor.verifyProof(created.proof, unsecuredDocument: document, key: key.publicKey)
        #expect(check.verified)
    }

    /// ecdsa-rdfc-2019 canonicalizes with the curve's hash: the P-384 "employ" vector's canonical N-Quads
    /// are a fixed point of RDFC-1.0 with SHA-384 (and not with SHA-256, which labels its blank nodes
    /// differently), and its signature verifies over the published forms.
    @Test(arguments: [("p256", RDFCanonicalizer.HashAlgorithm.sha256, DigestAlgorithm.sha256), ("p384", .sha384, .sha384)])
    func employmentVectorsCanonicalizeWithTheCurvesHash(_ curve: String, _ rdfc: RDFCanonicalizer.HashAlgorithm, _ digest: DigestAlgorithm) throws {
        let upper = curve.uppercased()
        let base = DIVectors.ecdsa + "ecdsa-rdfc-2019-\(curve)/employ/"
        let document = Array(try Vectors.text(base + "canonDocECDSA\(upper).txt").utf8)
        let proof = Array(try Vectors.text(base + "proofCanonECDSA\(upper).txt").utf8)
        let quads = try NQuadsParser().parse(document)
        #expect(try RDFCanonicalizer(hashAlgorithm: rdfc).canonicalize(quads).nquads == document)
        if curve == "p384" { #expect(try RDFCanonicalizer(hashAlgorithm: .sha256).canonicalize(quads).nquads != document) }
        let hashData = digest.hash(proof) + digest.hash(document)
        #expect(hashData.hexString == (try DIVectors.line(base + "combinedHashECDSA\(upper).txt")))
        let signed = try DIVectors.object(base + "signedECDSA\(upper).json")
        let method = try #require(signed["proof"]?["verificationMethod"]?.stringValue)
        let key = try DIDKey(resolving: method).publicKey
        #expect(key.isValidSignature(try DIVectors.hex(try DIVectors.line(base + "sigHexECDSA\(upper).txt")), for: hashData))
    }

    @Test func anEdDSASuiteRefusesAnECDSAKey() throws {
        let document = try DIVectors.object(DIVectors.ecdsa + "unsigned.json")
        let key = try DIVectors.privateKey(DIVectors.ecdsa + "p256KeyPair.json")
        let options = ProofOptions(suite: .eddsaRdfc2022, verificationMethod: "did:key:zDna#zDna")
        do {
            _ = try DIVectors.processor.createProof(for: document, options: options, key: key)
            Issue.record("expected keyMismatch")
        } catch {
            #expect(error.code == .keyMismatch)
        }
    }
}
