import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// The vectors' credentials give the same canonical N-Quads with the bundled contexts as with the
/// official copies.
///
/// The structural test already proves the documents equal; this runs them through toRdf and RDFC-1.0 on
/// the signed documents that use them, as a verifier does. In normal mode every one must give RDF; in
/// safe mode the fixtures built to fail (undefined types, a verification method that is no IRI) must fail
/// the same way with both.
@Suite("Bundled contexts give the official RDF", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct BundledContextRDFTests {
    static let vectors: [ContextVectors.Vector] = (try? ContextVectors.all().filter(\.usesOnlyBundledContexts)) ?? []

    /// One processor per loader and mode, shared by all vectors as a verifier shares one.
    static let processors = Result { () throws -> [Bool: (bundled: JSONLDProcessor, official: JSONLDProcessor)] in
        let official = try OfficialContextLoader()
        var result: [Bool: (bundled: JSONLDProcessor, official: JSONLDProcessor)] = [:]
        for safeMode in [false, true] {
            let options = JSONLDOptions(safeMode: safeMode)
            result[safeMode] = (
                JSONLDProcessor(loader: BundledDocumentLoader(), options: options),
                JSONLDProcessor(loader: official, options: options)
            )
        }
        return result
    }

    @Test("the vectors that use bundled contexts are all compared")
    func coverage() {
        #expect(Self.vectors.count == 62)
    }

    @Test("toRdf with bundled and with official contexts gives the same canonical N-Quads", arguments: vectors)
    func sameDataset(vector: ContextVectors.Vector) throws {
        for safeMode in [false, true] {
            let processors = try #require(try Self.processors.get()[safeMode])
            let bundled = Result { () throws(JSONLDError) in try processors.bundled.toRDF(vector.document) }
            let expected = Result { () throws(JSONLDError) in try processors.official.toRDF(vector.document) }
            let mode = safeMode ? "safe mode" : "normal mode"
            switch (bundled, expected) {
            case (.success(let ours), .success(let theirs)):
                #expect(!ours.isEmpty, "\(vector.path), \(mode): no quads")
                let canonical = try RDFCanonicalizer().canonicalize(ours).string
                #expect(canonical.isByteEqual(to: try RDFCanonicalizer().canonicalize(theirs).string), "\(vector.path), \(mode)")
                // Both runs meet blank nodes in the same order, so even the labels match before RDFC.
                #expect(quadLines(ours) == quadLines(theirs), "\(vector.path), \(mode)")
            case (.failure(let ours), .failure(let theirs)):
                #expect(safeMode, "\(vector.path), \(mode): \(ours)")
                #expect(ours.code == theirs.code && ours.message == theirs.message, "\(vector.path), \(mode)")
            case (.success, .failure(let error)):
                Issue.record("\(vector.path), \(mode): official contexts fail with \(error), bundled ones do not")
            case (.failure(let error), .success):
                Issue.record("\(vector.path), \(mode): bundled contexts fail with \(error)")
            }
        }
    }
}

/// One sortable line per quad, blank node labels included: both runs label blank nodes in the order
/// the same document meets them.
private func quadLines(_ quads: [RDFQuad]) -> [String] {
    quads.map { quad in
        [quad.subject, quad.predicate, quad.object].map(termText).joined(separator: " ")
            + (quad.graph.map { " " + termText($0) } ?? "")
    }.sorted { $0.precedesInCodePointOrder($1) }
}

private func termText(_ term: RDFTerm) -> String {
    switch term {
    case .iri(let iri): "<\(iri)>"
    case .blankNode(let label): "_:\(label)"
    case .literal(let literal):
        "\(String(reflecting: literal.lexicalForm))^^<\(literal.datatype)>" + (literal.language.map { "@" + $0 } ?? "")
    }
}
