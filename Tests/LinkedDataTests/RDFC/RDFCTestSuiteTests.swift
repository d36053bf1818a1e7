import LaurelJSON
import LinkedData
import TestSupport
import Testing

/// The W3C RDFC-1.0 test suite: 64 evaluation tests (canonical N-Quads byte for byte), 21 identifier-map
/// tests, and the negative "poison graph" test, which must fail on a limit, fast.
@Suite struct RDFCTestSuiteTests {
    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func manifestHasEveryTest() throws {
        let entries = try RDFCManifestEntry.load()
        #expect(entries.count == 86)
        #expect(entries.filter { $0.kind == .evaluation }.count == 64)
        #expect(entries.filter { $0.kind == .identifierMap }.count == 21)
        #expect(entries.filter { $0.kind == .negative }.count == 1)
        #expect(entries.filter { $0.hashAlgorithm == .sha384 }.count == 2)
        #expect(RDFCManifestEntry.all.count == 86)
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment), arguments: RDFCManifestEntry.all)
    func conformance(_ entry: RDFCManifestEntry) throws {
        let folder = RDFCManifestEntry.folder
        let input = try NQuadsParser.parse(try Vectors.bytes("\(folder)/\(entry.action)"))
        let canonicalizer = RDFCanonicalizer(hashAlgorithm: entry.hashAlgorithm)
        switch entry.kind {
        case .evaluation:
            let resultPath = try #require(entry.result)
            let expected = try Vectors.bytes("\(folder)/\(resultPath)")
            let result = try canonicalizer.canonicalize(input)
            #expect(result.string == String(decoding: expected, as: UTF8.self))
            #expect(result.nquads == expected)
        case .identifierMap:
            let resultPath = try #require(entry.result)
            let expected = try #require(try Vectors.json("\(folder)/\(resultPath)").objectValue)
            let result = try canonicalizer.canonicalize(input)
            let expectedPairs = try expected.members.map { member in
                IssuedIdentifier(inputLabel: member.key, canonicalLabel: try #require(member.value.stringValue))
            }
            #expect(sortedByInputLabel(result.issuedIdentifiers) == sortedByInputLabel(expectedPairs))
            // Every blank node of the input is in the map, and only those.
            #expect(Set(result.issuedIdentifiers.map(\.inputLabel)) == blankNodeLabels(of: input))
        case .negative:
            let clock = ContinuousClock()
            let start = clock.now
            #expect {
                _ = try canonicalizer.canonicalize(input)
            } throws: { error in
                (error as? RDFCanonicalizationError)?.code == .limitExceeded
            }
            let elapsed = clock.now - start
            #expect(elapsed < TimeBudget.duration(seconds: 1), "the poison graph took \(elapsed) to reject")
        }
    }

    /// The defaults must leave a wide margin over the heaviest legitimate test.
    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func defaultLimitsLeaveMarginOverTheSuite() throws {
        var heaviest = (calls: 0, permutations: 0, related: 0, depth: 0)
        for entry in RDFCManifestEntry.all where entry.kind != .negative {
            let input = try NQuadsParser.parse(try Vectors.bytes("\(RDFCManifestEntry.folder)/\(entry.action)"))
            let work = try RDFCanonicalizer(hashAlgorithm: entry.hashAlgorithm).canonicalize(input).work
            heaviest.calls = max(heaviest.calls, work.hashNDegreeCalls)
            heaviest.permutations = max(heaviest.permutations, work.permutations)
            heaviest.related = max(heaviest.related, work.relatedHashes)
            heaviest.depth = max(heaviest.depth, work.deepestRecursion)
        }
        let limits = RDFCanonicalizer.Limits.default
        #expect(heaviest.calls * 10 <= limits.maxHashNDegreeCalls, "heaviest: \(heaviest)")
        #expect(heaviest.permutations * 10 <= limits.maxPermutations, "heaviest: \(heaviest)")
        #expect(heaviest.related * 10 <= limits.maxRelatedHashes, "heaviest: \(heaviest)")
        #expect(heaviest.depth * 4 <= limits.maxRecursionDepth, "heaviest: \(heaviest)")
        print("RDFC-1.0 suite, heaviest N-degree work of a legitimate test: \(heaviest)")
    }

    private func sortedByInputLabel(_ identifiers: [IssuedIdentifier]) -> [IssuedIdentifier] {
        identifiers.sorted { $0.inputLabel.precedesInCodePointOrder($1.inputLabel) }
    }

    private func blankNodeLabels(of quads: [RDFQuad]) -> Set<String> {
        var labels = Set<String>()
        for quad in quads {
            for term in [quad.subject, quad.object, quad.graph].compactMap({ $0 }) {
                if case .blankNode(let label) = term { labels.insert(label) }
            }
        }
        return labels
    }
}
