import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// With the bundled contexts, the documents of the worked signature examples canonicalize to exactly the
/// N-Quads their publishers print: what gets hashed and signed.
@Suite("Bundled contexts give the published canonical N-Quads", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct PublishedCanonicalFormTests {
    /// (document, canonical N-Quads it must give)
    static let cases: [(String, String)] = [
        ("vc-di-eddsa/TestVectors/unsigned.json", "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/canonDocDataInt.txt"),
        ("vc-di-eddsa/TestVectors/eddsa-rdfc-2022/proofConfigDataInt.json",
         "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/proofCanonDataInt.txt"),
        ("vc-di-eddsa/TestVectors/unsigned.json", "vc-di-eddsa/TestVectors/Ed25519Signature2020/canonDocEdSig.txt"),
        ("vc-di-eddsa/TestVectors/Ed25519Signature2020/proofConfigEdSig.json",
         "vc-di-eddsa/TestVectors/Ed25519Signature2020/proofCanonEdSig.txt"),
        ("vc-di-ecdsa/TestVectors/unsigned.json", "vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/canonDocECDSAP256.txt"),
        ("vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/proofConfigECDSAP256.json",
         "vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p256/proofCanonECDSAP256.txt"),
        ("vc-di-ecdsa/TestVectors/unsigned.json", "vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/canonDocECDSAP384.txt"),
        ("vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/proofConfigECDSAP384.json",
         "vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-p384/proofCanonECDSAP384.txt"),
        ("openbadges/1edtech-ob3-ldp-test-vector/ob3/credential-unsigned.json",
         "openbadges/1edtech-ob3-ldp-test-vector/ob3/document-canon.nq"),
        ("openbadges/1edtech-ob3-ldp-test-vector/ob3/proof-config.json",
         "openbadges/1edtech-ob3-ldp-test-vector/ob3/proof-canon.nq"),
        ("openbadges/1edtech-ob3-ldp-test-vector/clr2/credential-unsigned.json",
         "openbadges/1edtech-ob3-ldp-test-vector/clr2/document-canon.nq"),
        ("openbadges/1edtech-ob3-ldp-test-vector/clr2/proof-config.json",
         "openbadges/1edtech-ob3-ldp-test-vector/clr2/proof-canon.nq"),
    ]

    @Test("the worked examples canonicalize as published", arguments: 0..<cases.count)
    func published(index: Int) throws {
        let (documentPath, expectedPath) = Self.cases[index]
        let processor = JSONLDProcessor(loader: BundledDocumentLoader(), options: JSONLDOptions(safeMode: true))
        let quads = try processor.toRDF(try Vectors.json(documentPath))
        let canonical = try RDFCanonicalizer().canonicalize(quads).string
        let expected = try Vectors.text(expectedPath)
        #expect(canonical.isByteEqual(to: expected), "\(documentPath) does not give \(expectedPath)")
    }
}
