import BadgeCrypto
import LinkedData
import TestSupport
import Testing

/// Canonical N-Quads published with the Open Badges 3.0 / CLR 2.0 and W3C Data Integrity vectors must be
/// fixed points (parse, canonicalize, identical bytes) and hash to the published values. Each is also
/// canonicalized again with its blank nodes renamed and its lines reordered, so the canonicalizer has to
/// redo the labelling rather than keep the labels it was given.
@Suite struct RDFCFixedPointTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let canonical: String
        let expectedHash: Hash
        let digest: DigestAlgorithm

        enum Hash: Sendable {
            /// A file holding the hex digest.
            case file(String)
            /// A member of a JSON file.
            case json(String, member: String)
        }

        var testDescription: String { canonical }

        func expectedHex() throws -> String {
            switch expectedHash {
            case .file(let path):
                return String(try Vectors.text(path).filter { !$0.isWhitespace })
            case .json(let path, let member):
                return try #require(try Vectors.json(path)[member]?.stringValue)
            }
        }
    }

    static let cases: [Case] = {
        var cases: [Case] = []
        for folder in ["ob3", "clr2"] {
            let base = "openbadges/1edtech-ob3-ldp-test-vector/\(folder)"
            cases.append(Case(canonical: "\(base)/document-canon.nq",
                              expectedHash: .json("\(base)/expected-intermediates.json", member: "documentHashHex"), digest: .sha256))
            cases.append(Case(canonical: "\(base)/proof-canon.nq",
                              expectedHash: .json("\(base)/expected-intermediates.json", member: "proofHashHex"), digest: .sha256))
        }
        for base in ["vc-di-eddsa/TestVectors/eddsa-rdfc-2022", "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/employ"] {
            cases.append(Case(canonical: "\(base)/canonDocDataInt.txt", expectedHash: .file("\(base)/docHashDataInt.txt"), digest: .sha256))
            cases.append(Case(canonical: "\(base)/proofCanonDataInt.txt", expectedHash: .file("\(base)/proofHashDataInt.txt"), digest: .sha256))
        }
        let edSig = "vc-di-eddsa/TestVectors/Ed25519Signature2020"
        cases.append(Case(canonical: "\(edSig)/canonDocEdSig.txt", expectedHash: .file("\(edSig)/docHashEdSig.txt"), digest: .sha256))
        cases.append(Case(canonical: "\(edSig)/proofCanonEdSig.txt", expectedHash: .file("\(edSig)/proofHashEdSig.txt"), digest: .sha256))
        for (curve, digest) in [("P256", DigestAlgorithm.sha256), ("P384", .sha384)] {
            let base = "vc-di-ecdsa/TestVectors/ecdsa-rdfc-2019-\(curve.lowercased())"
            cases.append(Case(canonical: "\(base)/canonDocECDSA\(curve).txt", expectedHash: .file("\(base)/docHashECDSA\(curve).txt"), digest: digest))
            cases.append(Case(canonical: "\(base)/proofCanonECDSA\(curve).txt", expectedHash: .file("\(base)/proofHashECDSA\(curve).txt"), digest: digest))
        }
        return cases
    }()

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment), arguments: cases)
    func canonicalFormIsAFixedPoint(_ testCase: Case) throws {
        let bytes = try Vectors.bytes(testCase.canonical)
        let quads = try NQuadsParser.parse(bytes)
        let result = try RDFCanonicalizer().canonicalize(quads)
        #expect(result.nquads == bytes)
        #expect(testCase.digest.hash(result.nquads).hexString == (try testCase.expectedHex()))

        let disguised = try RDFCanonicalizer().canonicalize(Self.disguise(quads))
        #expect(disguised.nquads == bytes)
        #expect(disguised.issuedIdentifiers.count == result.issuedIdentifiers.count)
    }

    /// The same dataset with every blank node renamed and the quads in another order.
    static func disguise(_ quads: [RDFQuad]) -> [RDFQuad] {
        func rename(_ term: RDFTerm) -> RDFTerm {
            guard case .blankNode(let label) = term else { return term }
            return .blankNode("n\(label.utf8.reduce(7) { ($0 &* 31 &+ Int($1)) & 0xFFFF })x\(label)")
        }
        let renamed = quads.map {
            RDFQuad(subject: rename($0.subject), predicate: $0.predicate, object: rename($0.object), graph: $0.graph.map(rename))
        }
        let half = renamed.count / 2
        return Array(renamed[half...].reversed()) + Array(renamed[..<half])
    }
}
