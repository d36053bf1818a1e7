import Foundation
import OpenBadges
import TestSupport
import Testing

/// `schemas/achievement.schema.json` judged twice: by the project's own draft 2019-09 validator
/// (`JSONSchema`), and by Python's `jsonschema` (Tests/Oracles/json_schema.py).
@Suite("The achievement definition schema")
struct AchievementSchemaTests {
    static let schemaPath = Vectors.projectRoot.appendingPathComponent("schemas/achievement.schema.json").path

    /// The gradebook mapping schema the definition schema references by `$id`. It belongs to the
    /// gradebook importer; until that schema is in the tree, a stand-in with the same `$id` that accepts
    /// any object lets the rest of the definition be judged.
    static func gradebookSchemaPath() throws -> String {
        let real = Vectors.projectRoot.appendingPathComponent("schemas/gradebook-mapping.schema.json")
        if FileManager.default.fileExists(atPath: real.path) { return real.path }
        guard let standIn = standInPath else { throw CocoaError(.fileWriteUnknown) }
        return standIn
    }

    /// Written once per process, atomically: tests run in parallel and the oracle must never read a
    /// half-written file.
    static let standInPath: String? = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("laurel-gradebook-mapping-stand-in-\(ProcessInfo.processInfo.processIdentifier).schema.json")
        let text = #"{"$schema": "https://json-schema.org/draft/2019-09/schema", "$id": "urn:laurel:schema:gradebook-mapping:1", "type": "object"}"#
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
            return url.path
        } catch {
            return nil
        }
    }()

    /// The achievement schema compiled by Laurel's validator, with the gradebook schema registered.
    static func compiled() throws -> JSONSchema {
        var registry = SchemaRegistry()
        let gradebook = try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: try gradebookSchemaPath()))))
        try registry.register(gradebook)
        let schema = try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: schemaPath))))
        return try JSONSchema(schema, registry: registry)
    }

    /// Laurel's validator's errors for `document`, as "<instance location>: <message>".
    static func ownErrors(_ document: JSON) throws -> [String] {
        try compiled().validate(document).errors.map { "\($0.instanceLocation): \($0.message)" }
    }

    /// The oracle's error lines for `document` (empty when valid).
    static func errors(_ document: JSON) throws -> [String] {
        let result = try Oracle.run(script: "json_schema.py", arguments: [schemaPath, try gradebookSchemaPath()],
                                    input: document.serialized())
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        // Exit 1 with no error lines is the oracle failing (an uncaught exception), not a verdict.
        #expect(result.status == 0 || (result.status == 1 && !lines.isEmpty), "\(result.stderrText)")
        return lines
    }

    @Test("Laurel's own validator accepts the example and rejects broken definitions")
    func ownValidator() throws {
        let good = try DefinitionSamples.exampleJSON()
        #expect(try Self.ownErrors(good).isEmpty)
        #expect(try Self.ownErrors(try DefinitionSamples.example().json).isEmpty)
        for (name, document, pointer) in try Self.brokenCases() {
            let errors = try Self.ownErrors(document)
            #expect(!errors.isEmpty, "\(name) passed the schema")
            // Laurel reports locations without the oracle's trailing colon convention: compare the pointer.
            let location = String(pointer.dropLast())
            #expect(errors.contains { $0.hasPrefix(location == "/" ? "" : location) }, "\(name): \(errors)")
        }
    }

    @Test("the schema accepts the example in both spellings",
          .enabled(if: Oracle.isAvailable, Oracle.missingComment))
    func accepts() throws {
        let fromYAML = try DefinitionSamples.exampleJSON()
        #expect(try Self.errors(fromYAML).isEmpty)
        #expect(try Self.errors(try DefinitionSamples.example().json).isEmpty)
        // Optional parts: a gradebook mapping, an author narrative, ids in alignments, texts as strings.
        var rich = fromYAML
        rich["gradebook"] = ["learner": ["id": "Email address"], "assignments": ["partner-map": "Assignment: Partner map (Real)"]]
        rich["narrative"] = "Attend, submit, pitch."
        rich["alignments"] = [["id": "617612f0-9271-4716-9b99-c9a6b9791243"]]
        rich["image"] = "https://learning.example.org/badge.png"
        rich["sessions"] = ["week-1", "week-2"]
        #expect(try Self.errors(rich).isEmpty)
    }

    @Test("the schema rejects broken definitions", .enabled(if: Oracle.isAvailable, Oracle.missingComment))
    func rejects() throws {
        let cases = try Self.brokenCases()
        for (name, document, pointer) in cases {
            let lines = try Self.errors(document)
            #expect(!lines.isEmpty, "\(name) passed the schema")
            #expect(lines.contains { $0.hasPrefix(pointer) }, "\(name): \(lines)")
            // And Laurel's own loader refuses it too (structure or checks), never crashing.
            #expect(throws: AchievementDefinitionError.self, "\(name)") { _ = try DefinitionSamples.load(document) }
        }
        #expect(cases.count == 13)
    }

    /// Broken variants of the example: a name, the document, and the pointer (with the oracle's ":")
    /// where an error must be reported.
    static func brokenCases() throws -> [(String, JSON, String)] {
        let good = try DefinitionSamples.exampleJSON()
        var cases: [(String, JSON, String)] = []
        func broken(_ name: String, expecting pointer: String, _ edit: (inout JSON) -> Void) {
            var json = good
            edit(&json)
            cases.append((name, json, pointer))
        }
        broken("no criteria", expecting: "/:") { $0["criteria"] = nil }
        broken("a misspelt member", expecting: "/:") { $0["critera"] = ["peerReviews": ["count": 1]] }
        broken("a rule with two kinds", expecting: "/criteria:") { $0["criteria"] = ["allOf": [], "anyOf": []] }
        broken("an unknown rule kind", expecting: "/criteria/allOf/0:") {
            $0["criteria"]?["allOf"] = [["attendence": ["count": 6]]]
        }
        broken("an assignment rule without a level", expecting: "/criteria/assignment:") {
            $0["criteria"] = ["assignment": ["key": "partner-map"]]
        }
        broken("a count of zero", expecting: "/criteria/peerReviews/count:") { $0["criteria"] = ["peerReviews": ["count": 0]] }
        broken("a count as text", expecting: "/criteria/attendance/count:") { $0["criteria"] = ["attendance": ["count": "6"]] }
        broken("a bad language tag", expecting: "/name:") { $0["name"] = ["english": "Partnership Building"] }
        broken("an empty rubric", expecting: "/rubric:") { $0["rubric"] = [] }
        broken("a threshold as text", expecting: "/rubric/0/threshold:") {
            $0["rubric"] = [["key": "poor", "name": "Poor", "threshold": "zero"]]
        }
        broken("an alignment naming both code and id", expecting: "/alignments/0:") { $0["alignments"] = [["code": "PART.1", "id": "x"]] }
        broken("a gradebook that is not an object", expecting: "/gradebook:") { $0["gradebook"] = "columns.csv" }
        broken("an achievement type outside the vocabulary", expecting: "/achievementType:") { $0["achievementType"] = "Diplomma" }
        return cases
    }
}
