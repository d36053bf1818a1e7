import Foundation
@testable import LinkedData
import TestSupport
import Testing

/// The W3C JSON-LD 1.1 toRdf test suite (`vectors/jsonld-toRdf`), run through `JSONLDProcessor.toRDF`.
@Suite struct ToRDFConformanceTests {
    /// Tests Laurel does not run, each with its reason.
    static let skipped: [String: String] = [:]

    struct Outcome {
        var passed = 0, failed = 0, skipped = 0, notApplicable = 0
        var failures: [String] = []
    }

    /// Runs the suite twice: as the product runs (direct emission where the node map would merge
    /// nothing), and always through the node map.
    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment), arguments: [false, true])
    func toRdfSuite(alwaysUseNodeMap: Bool) throws {
        let manifest = try Vectors.json("jsonld-toRdf/toRdf-manifest.jsonld")
        var outcome = Outcome()
        for entry in manifest["sequence"]?.arrayValue ?? [] {
            guard let id = entry["@id"]?.stringValue, let input = entry["input"]?.stringValue else { continue }
            let types = entry["@type"]?.asArray.compactMap(\.stringValue) ?? []
            let option = entry["option"]
            if option?["specVersion"]?.stringValue == "json-ld-1.0" {
                outcome.notApplicable += 1
                continue
            }
            if Self.skipped[id] != nil {
                outcome.skipped += 1
                continue
            }
            var options = JSONLDOptions()
            if let base = option?["base"]?.stringValue { options.base = base }
            if option?["processingMode"]?.stringValue == "json-ld-1.0" { options.processingMode = .jsonLD10 }
            if let path = option?["expandContext"]?.stringValue { options.expandContext = try Vectors.json("jsonld-toRdf/" + path) }
            if let direction = option?["rdfDirection"]?.stringValue { options.rdfDirection = RDFDirectionMode(rawValue: direction) }
            if option?["produceGeneralizedRdf"]?.boolValue == true { options.produceGeneralizedRDF = true }

            let processor = JSONLDProcessor(loader: SuiteDocumentLoader(), options: options, alwaysUseNodeMap: alwaysUseNodeMap)
            let document = try Vectors.json("jsonld-toRdf/" + input)
            let documentURL = SuiteDocumentLoader.suiteBase + input
            if types.contains("jld:NegativeEvaluationTest") {
                let expected = entry["expectErrorCode"]?.stringValue ?? "?"
                do {
                    let quads = try processor.toRDF(document, documentURL: documentURL)
                    outcome.fail(id, "expected the error \"\(expected)\", got \(quads.count) quads")
                } catch {
                    if error.code.rawValue == expected { outcome.passed += 1 } else { outcome.fail(id, "expected \"\(expected)\", got \(error)") }
                }
                continue
            }
            do {
                let quads = try processor.toRDF(document, documentURL: documentURL)
                if types.contains("jld:PositiveSyntaxTest") {
                    outcome.passed += 1
                    continue
                }
                guard let expectPath = entry["expect"]?.stringValue else { continue }
                let expected = try Vectors.text("jsonld-toRdf/" + expectPath)
                if let difference = DatasetComparison.firstDifference(expected: expected, actual: quads) {
                    outcome.fail(id, difference)
                } else {
                    outcome.passed += 1
                }
            } catch {
                outcome.fail(id, "unexpected error \(error)")
            }
        }
        print("toRdf suite\(alwaysUseNodeMap ? " (node map always)" : ""): \(outcome.passed) passed, \(outcome.failed) failed, \(outcome.skipped) skipped, \(outcome.notApplicable) json-ld-1.0 only")
        for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
    }
}

extension ToRDFConformanceTests.Outcome {
    mutating func fail(_ id: String, _ message: String) {
        failed += 1
        failures.append("\(id): \(message)")
    }
}

/// Compares an expected N-Quads document with an actual dataset by RDF dataset isomorphism: both sides
/// are canonicalized with RDFC-1.0 and their canonical N-Quads compared line by line.
enum DatasetComparison {
    /// nil when isomorphic, otherwise the first differing canonical line.
    static func firstDifference(expected: String, actual: [RDFQuad]) -> String? {
        let expectedLines: [String], actualLines: [String]
        do {
            let expectedQuads = try NQuadsParser().parse(expected)
            expectedLines = try canonicalLines(expectedQuads)
            actualLines = try canonicalLines(actual)
        } catch {
            // Generalized RDF (blank node predicates) is outside RDF, N-Quads and RDFC-1.0: compare the
            // lines with blank node labels erased instead, which suffices for the suite's two such tests.
            return erasedDifference(expected: expected, actual: actual)
        }
        return describe(expectedLines, actualLines)
    }

    private static func canonicalLines(_ quads: [RDFQuad]) throws -> [String] {
        try RDFCanonicalizer().canonicalize(quads).string.split(separator: "\n").map(String.init)
    }

    private static func describe(_ expected: [String], _ actual: [String]) -> String? {
        guard expected != actual else { return nil }
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : "(end)"
            let a = i < actual.count ? actual[i] : "(end)"
            if e != a { return "line \(i + 1) differs: expected \(e) — actual \(a)" }
        }
        return "the datasets differ"
    }

    private static func erasedDifference(expected: String, actual: [RDFQuad]) -> String? {
        func erase(_ line: String) -> String {
            line.split(separator: " ").map { $0.hasPrefix("_:") ? "_:" : String($0) }.joined(separator: " ")
        }
        let e = expected.split(separator: "\n").map { erase(String($0)) }.sorted()
        let a = actual.map { erase(LooseNQuads.line($0).trimmingCharacters(in: .newlines)) }.sorted()
        return describe(e, a)
    }
}

/// N-Quads lines for generalized datasets, which the N-Quads serializer rightly refuses.
enum LooseNQuads {
    static func term(_ term: RDFTerm) -> String {
        switch term {
        case .iri(let iri): return "<\(iri)>"
        case .blankNode(let label): return "_:\(label)"
        case .literal(let literal):
            var out = "\""
            for scalar in literal.lexicalForm.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                default: out.unicodeScalars.append(scalar)
                }
            }
            out += "\""
            if let language = literal.language { return out + "@" + language }
            if literal.datatype != RDFVocabulary.xsdString { out += "^^<\(literal.datatype)>" }
            return out
        }
    }

    static func line(_ quad: RDFQuad) -> String {
        var out = term(quad.subject) + " " + term(quad.predicate) + " " + term(quad.object)
        if let graph = quad.graph { out += " " + term(graph) }
        return out + " .\n"
    }
}
