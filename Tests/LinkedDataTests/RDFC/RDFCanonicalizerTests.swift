import BadgeCrypto
import LinkedData
import TestSupport
import Testing

@Suite struct RDFCanonicalizerTests {
    let p = RDFTerm.iri("http://example.org/p")
    let q = RDFTerm.iri("http://example.org/q")

    @Test func emptyDataset() throws {
        let result = try RDFCanonicalizer().canonicalize([])
        #expect(result.nquads.isEmpty)
        #expect(result.string == "")
        #expect(result.issuedIdentifiers.isEmpty)
        #expect(result.quads.isEmpty)
        #expect(result.work == CanonicalizationWork(hashNDegreeCalls: 0, permutations: 0, relatedHashes: 0, deepestRecursion: 0))
    }

    @Test func datasetWithoutBlankNodesIsSortedAndDeduplicated() throws {
        let quads = [
            RDFQuad(subject: .iri("http://example.org/b"), predicate: p, object: .literal(RDFLiteral("2"))),
            RDFQuad(subject: .iri("http://example.org/a"), predicate: p, object: .literal(RDFLiteral("1")), graph: .iri("http://example.org/g")),
            RDFQuad(subject: .iri("http://example.org/a"), predicate: p, object: .literal(RDFLiteral("1"))),
            RDFQuad(subject: .iri("http://example.org/b"), predicate: p, object: .literal(RDFLiteral("2"))),
        ]
        let result = try RDFCanonicalizer().canonicalize(quads)
        #expect(result.string == """
            <http://example.org/a> <http://example.org/p> "1" .
            <http://example.org/a> <http://example.org/p> "1" <http://example.org/g> .
            <http://example.org/b> <http://example.org/p> "2" .

            """)
    }

    /// RDF datasets are sets: a duplicated mention would change a first-degree hash, so duplicates are
    /// removed before hashing, not only from the output.
    @Test func duplicateQuadsCountOnce() throws {
        let quads = [
            RDFQuad(subject: .blankNode("x"), predicate: p, object: .literal(RDFLiteral("a"))),
            RDFQuad(subject: .blankNode("x"), predicate: q, object: .blankNode("y")),
            RDFQuad(subject: .blankNode("y"), predicate: p, object: .literal(RDFLiteral("a"))),
        ]
        let withDuplicates = [quads[0], quads[1], quads[0], quads[2], quads[1], quads[1]]
        let unique = try RDFCanonicalizer().canonicalize(quads)
        let deduplicated = try RDFCanonicalizer().canonicalize(withDuplicates)
        #expect(deduplicated.nquads == unique.nquads)
        #expect(deduplicated.issuedIdentifiers == unique.issuedIdentifiers)
        #expect(deduplicated.quads.count == 3)
        #expect(unique.string.split(separator: "\n").count == 3)
    }

    @Test func literalsInDifferentNormalizationFormsStayDistinct() throws {
        let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
        let quads = [
            RDFQuad(subject: .blankNode("a"), predicate: p, object: .literal(RDFLiteral(nfc))),
            RDFQuad(subject: .blankNode("b"), predicate: p, object: .literal(RDFLiteral(nfd))),
            RDFQuad(subject: .blankNode("a"), predicate: q, object: .literal(RDFLiteral(nfd))),
        ]
        let result = try RDFCanonicalizer().canonicalize(quads)
        let lines = result.nquads.split(separator: 0x0A).map { String(decoding: $0, as: UTF8.self) }
        #expect(lines.count == 3)
        #expect(result.nquads.count == NQuadsSerializer.serializeCount(quads))
        #expect(result.issuedIdentifiers.count == 2)
        // The bytes survive: the NFD form is still "e" followed by U+0301.
        #expect(result.nquads.contains(0xCC) && result.nquads.contains(0xC3))
    }

    @Test func blankNodeLabelsInDifferentNormalizationFormsAreDifferentNodes() throws {
        let quads = [
            RDFQuad(subject: .blankNode("\u{E9}"), predicate: p, object: .literal(RDFLiteral("one"))),
            RDFQuad(subject: .blankNode("e\u{301}"), predicate: p, object: .literal(RDFLiteral("two"))),
        ]
        let result = try RDFCanonicalizer().canonicalize(quads)
        #expect(result.issuedIdentifiers.count == 2)
        #expect(result.canonicalLabel(forInputLabel: "\u{E9}") != result.canonicalLabel(forInputLabel: "e\u{301}"))
        #expect(result.canonicalLabel(forInputLabel: "missing") == nil)
    }

    @Test func canonicalQuadsMatchTheSerialization() throws {
        let quads = try NQuadsParser.parse("""
            _:x <http://example.org/p> _:y _:g .
            _:y <http://example.org/p> "v"@en _:g .
            <http://example.org/s> <http://example.org/q> _:x .
            """)
        let result = try RDFCanonicalizer().canonicalize(quads)
        #expect(try NQuadsSerializer.serialize(result.quads) == result.nquads)
        for identifier in result.issuedIdentifiers {
            #expect(result.canonicalLabel(forInputLabel: identifier.inputLabel) == identifier.canonicalLabel)
        }
        #expect(result.issuedIdentifiers.map(\.canonicalLabel) == ["c14n0", "c14n1", "c14n2"])
    }

    @Test func sha384ChangesTheLabelling() throws {
        let quads = (0..<6).map { RDFQuad(subject: .blankNode("n\($0)"), predicate: p, object: .literal(RDFLiteral("\($0)"))) }
        let sha256 = try RDFCanonicalizer(hashAlgorithm: .sha256).canonicalize(quads)
        let sha384 = try RDFCanonicalizer(hashAlgorithm: .sha384).canonicalize(quads)
        #expect(sha256.issuedIdentifiers != sha384.issuedIdentifiers)
        #expect(RDFCanonicalizer.HashAlgorithm(name: "SHA384") == .sha384)
        #expect(RDFCanonicalizer.HashAlgorithm(name: "sha-256") == .sha256)
        #expect(RDFCanonicalizer.HashAlgorithm(name: "MD5") == nil)
    }

    @Test func rejectsQuadsRDFDoesNotAllow() {
        let cases: [(RDFQuad, String)] = [
            (RDFQuad(subject: .literal(RDFLiteral("s")), predicate: p, object: .blankNode("o")), "subject"),
            (RDFQuad(subject: .blankNode("s"), predicate: .blankNode("p"), object: .blankNode("o")), "predicate"),
            (RDFQuad(subject: .blankNode("s"), predicate: p, object: .iri("not absolute")), "object"),
            (RDFQuad(subject: .blankNode("s"), predicate: p, object: .blankNode("o"), graph: .literal(RDFLiteral("g"))), "graph"),
        ]
        for (quad, component) in cases {
            let valid = RDFQuad(subject: .blankNode("s"), predicate: p, object: .literal(RDFLiteral("x")))
            #expect {
                _ = try RDFCanonicalizer().canonicalize([valid, quad])
            } throws: { error in
                guard let error = error as? RDFCanonicalizationError else { return false }
                return error.code == .invalidQuad && error.quadIndex == 1 && error.message.contains(component)
            }
        }
    }

    /// Each bound is enforced and named; test044 ("poison - evil", a legitimate W3C case) needs 468
    /// Hash N-Degree Quads calls, 2,880 permutations, 2,808 related hashes and depth 4.
    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment),
          arguments: [
            (RDFCanonicalizer.Limits(maxHashNDegreeCalls: 100), RDFCanonicalizer.Limits.Bound.maxHashNDegreeCalls),
            (RDFCanonicalizer.Limits(maxPermutations: 100), .maxPermutations),
            (RDFCanonicalizer.Limits(maxRelatedHashes: 100), .maxRelatedHashes),
            (RDFCanonicalizer.Limits(maxRecursionDepth: 2), .maxRecursionDepth),
          ])
    func everyBoundIsEnforced(_ limits: RDFCanonicalizer.Limits, _ bound: RDFCanonicalizer.Limits.Bound) throws {
        let quads = try NQuadsParser.parse(try Vectors.bytes("rdf-canon/rdfc10/test044-in.nq"))
        do {
            _ = try RDFCanonicalizer(limits: limits).canonicalize(quads)
            Issue.record("no limit error")
        } catch {
            #expect(error.code == .limitExceeded)
            #expect(error.bound == bound)
            #expect(error.description.hasPrefix("limit exceeded: "))
            #expect(error.message.contains(bound.rawValue))
        }
        let work = try RDFCanonicalizer().canonicalize(quads).work
        #expect(work == CanonicalizationWork(hashNDegreeCalls: 468, permutations: 2880, relatedHashes: 2808, deepestRecursion: 4))
    }

    /// The poison graph of the W3C suite (a 10-clique of blank nodes) is refused before any permutation
    /// runs, well under the one second the suite asks for.
    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func poisonGraphIsRejectedFast() throws {
        let quads = try NQuadsParser.parse(try Vectors.bytes("rdf-canon/rdfc10/test074-in.nq"))
        let clock = ContinuousClock()
        var thrown: RDFCanonicalizationError?
        let elapsed = clock.measure {
            do { _ = try RDFCanonicalizer().canonicalize(quads) } catch { thrown = error as? RDFCanonicalizationError }
        }
        #expect(thrown?.code == .limitExceeded)
        #expect(thrown?.bound == .maxPermutations)
        #expect(elapsed < TimeBudget.duration(milliseconds: 250))
        print("RDFC-1.0 poison graph (test074) rejected in \(elapsed): \(thrown.map(String.init(describing:)) ?? "no error")")
    }

    /// A dataset far larger than a credential: 3,000 blank nodes in a chain, each with its own literal,
    /// and 40 more blank nodes that need Hash N-Degree Quads (a list of identical items).
    @Test func largeGraphWithinLimits() throws {
        var quads: [RDFQuad] = []
        for index in 0..<3_000 {
            quads.append(RDFQuad(subject: .blankNode("c\(index)"), predicate: p, object: .literal(RDFLiteral("value \(index)"))))
            if index > 0 { quads.append(RDFQuad(subject: .blankNode("c\(index - 1)"), predicate: q, object: .blankNode("c\(index)"))) }
        }
        let first = RDFTerm.iri(RDFVocabulary.first), rest = RDFTerm.iri(RDFVocabulary.rest)
        for index in 0..<40 {
            quads.append(RDFQuad(subject: .blankNode("l\(index)"), predicate: first, object: .literal(RDFLiteral("same"))))
            let next: RDFTerm = index == 39 ? .iri(RDFVocabulary.nil_) : .blankNode("l\(index + 1)")
            quads.append(RDFQuad(subject: .blankNode("l\(index)"), predicate: rest, object: next))
        }
        quads.append(RDFQuad(subject: .iri("http://example.org/list"), predicate: p, object: .blankNode("l0")))
        let result = try RDFCanonicalizer().canonicalize(quads)
        #expect(result.issuedIdentifiers.count == 3_040)
        #expect(result.nquads.split(separator: 0x0A).count == quads.count)
        #expect(result.work.hashNDegreeCalls > 0)
        print("large graph: \(quads.count) quads, work \(result.work)")
        let disguised = try RDFCanonicalizer().canonicalize(RDFCFixedPointTests.disguise(quads))
        #expect(disguised.nquads == result.nquads)
    }
}

extension NQuadsSerializer {
    /// The byte count of the N-Quads of `quads` with blank node labels as canonical ones would be when
    /// every label is `c14n` plus one digit.
    fileprivate static func serializeCount(_ quads: [RDFQuad]) -> Int {
        (try? serialize(quads.map { quad in
            func relabel(_ term: RDFTerm) -> RDFTerm { if case .blankNode = term { return .blankNode("c14n0") } else { return term } }
            return RDFQuad(subject: relabel(quad.subject), predicate: quad.predicate, object: relabel(quad.object), graph: quad.graph.map(relabel))
        }).count) ?? -1
    }
}
