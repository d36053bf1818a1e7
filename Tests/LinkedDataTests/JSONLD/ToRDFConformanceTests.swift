import Foundation
import LinkedData
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

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func toRdfSuite() throws {
        let manifest = try Vectors.json("jsonld-toRdf/toRdf-manifest.jsonld")
        var outcome = Outcome()
        let dumpFolder = ProcessInfo.processInfo.environment["LAUREL_JSONLD_DUMP"]
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

            let processor = JSONLDProcessor(loader: SuiteDocumentLoader(), options: options)
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
                if let dumpFolder {
                    let name = id.replacingOccurrences(of: "#", with: "")
                    let actual = quads.map(DevNQuads.line).joined()
                    try actual.write(toFile: dumpFolder + "/" + name + ".actual.nq", atomically: true, encoding: .utf8)
                    try Vectors.text("jsonld-toRdf/" + expectPath).write(toFile: dumpFolder + "/" + name + ".expected.nq", atomically: true, encoding: .utf8)
                }
                outcome.passed += 1
            } catch {
                outcome.fail(id, "unexpected error \(error)")
            }
        }
        print("toRdf suite: \(outcome.passed) passed, \(outcome.failed) failed, \(outcome.skipped) skipped, \(outcome.notApplicable) json-ld-1.0 only")
        for failure in outcome.failures { Issue.record(Comment(rawValue: failure)) }
    }
}

extension ToRDFConformanceTests.Outcome {
    mutating func fail(_ id: String, _ message: String) {
        failed += 1
        failures.append("\(id): \(message)")
    }
}

/// Development aid: N-Quads lines for dumping results.
enum DevNQuads {
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
