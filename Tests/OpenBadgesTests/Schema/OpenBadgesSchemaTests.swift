import Foundation
import OpenBadges
import Testing
import TestSupport

/// The official Open Badges 3.0 JSON Schemas against the specification's examples, and the
/// project's own verification-report schema.
@Suite("Open Badges 3.0 schemas")
struct OpenBadgesSchemaTests {
    static let schemaFolder = "ob-spec/schemas/ob_v3p0"
    static let achievementCredentialID =
        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential-jsonschema1.json"
    static let endorsementCredentialID =
        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential-jsonschema1.json"

    /// A registry holding all five official schemas.
    static func registry() throws -> SchemaRegistry {
        var registry = SchemaRegistry()
        for file in try Vectors.files(in: schemaFolder, withExtension: "json") {
            try registry.register(try Vectors.json(file))
        }
        return registry
    }

    static func example(_ name: String) throws -> JSON {
        try Vectors.json("ob-spec/examples/\(name).json")
    }

    static func achievementSchema(format: SchemaOptions.FormatMode = .annotate) throws -> JSONSchema {
        try registry().schema(achievementCredentialID, options: SchemaOptions(format: format))
    }

    @Test("all five official schemas compile", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func compileAll() throws {
        let registry = try Self.registry()
        let files = try Vectors.files(in: Self.schemaFolder, withExtension: "json")
        #expect(files.count == 5)
        for file in files {
            let id = try #require(try Vectors.json(file)["$id"]?.stringValue)
            let schema = try registry.schema(id, options: SchemaOptions(format: .assertKnown))
            #expect(schema.uri == id)
            // Each one also compiles on its own: none depends on another document.
            _ = try JSONSchema(try Vectors.json(file))
        }
    }

    @Test("every specification example validates, with formats asserted",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment),
          arguments: ["achievementAlignmentCase", "achievementAlignmentCe", "basicOpenBadgeCredential", "endorsement",
                      "fullOpenBadge", "skillAssertionCase", "skillAssertionCtdl"])
    func examples(_ name: String) throws {
        let example = try Self.example(name)
        let isEndorsement = example["type"]?.asArray.contains("EndorsementCredential") == true
        let id = isEndorsement ? Self.endorsementCredentialID : Self.achievementCredentialID
        for format in [SchemaOptions.FormatMode.annotate, .assertKnown] {
            let schema = try Self.registry().schema(id, options: SchemaOptions(format: format))
            let result = schema.validate(example)
            #expect(result.isValid, "\(name): \(result.errors.map(\.description))")
            #expect(schema.isValid(example))
        }
    }

    /// Validates a modified basic credential and returns the errors.
    func errors(_ edit: (inout JSON) -> Void, format: SchemaOptions.FormatMode = .annotate) throws -> [SchemaValidationError] {
        var credential = try Self.example("basicOpenBadgeCredential")
        edit(&credential)
        let result = try Self.achievementSchema(format: format).validate(credential)
        #expect(!result.isValid)
        #expect(result.isComplete)
        return result.errors
    }

    @Test("a single-valued type fails at /type", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func singleValuedType() throws {
        let errors = try errors { $0["type"] = "OpenBadgeCredential" }
        let atType = errors.filter { $0.instanceLocation == "/type" }
        #expect(!atType.isEmpty)
        #expect(atType.contains { $0.keyword == "type" && $0.message == "expected an array, found a string" })
        #expect(atType.allSatisfy { $0.keywordLocation.hasPrefix("/properties/type/allOf/") })
        #expect(errors.allSatisfy { $0.instanceLocation == "/type" }, "\(errors)")
    }

    @Test("a missing credentialSubject fails at the root with a required error",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func missingCredentialSubject() throws {
        let errors = try errors { $0["credentialSubject"] = nil }
        let required = try #require(errors.first { $0.keyword == "required" })
        #expect(required.instanceLocation == "")
        #expect(required.keywordLocation == "/required")
        #expect(required.message == "required property 'credentialSubject' is missing")
        #expect(required.absoluteKeywordLocation == Self.achievementCredentialID + "#/required")
    }

    @Test("a nested required property is located through the references",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func missingCriteria() throws {
        let errors = try errors { $0["credentialSubject"]?["achievement"]?["criteria"] = nil }
        let required = try #require(errors.first)
        #expect(errors.count == 1)
        #expect(required.instanceLocation == "/credentialSubject/achievement")
        #expect(required.keywordLocation == "/properties/credentialSubject/$ref/properties/achievement/$ref/required")
        #expect(required.absoluteKeywordLocation == Self.achievementCredentialID + "#/$defs/Achievement/required")
        #expect(required.message == "required property 'criteria' is missing")
    }

    @Test("a wrong @context order fails at /@context/0 and /@context/1",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func contextOrder() throws {
        let errors = try errors { credential in
            credential["@context"] = ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                                      "https://www.w3.org/ns/credentials/v2"]
        }
        let locations = Set(errors.map(\.instanceLocation))
        #expect(locations == ["/@context/0", "/@context/1"], "\(errors)")
        #expect(errors.contains { $0.instanceLocation == "/@context/0" && $0.keyword == "enum" })
        #expect(errors.contains { $0.instanceLocation == "/@context/1" && $0.keyword == "pattern" })
    }

    @Test("a bad validFrom fails at /validFrom only when formats are asserted",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func badValidFrom() throws {
        var credential = try Self.example("basicOpenBadgeCredential")
        credential["validFrom"] = "2010-01-01 00:00:00"
        #expect(try Self.achievementSchema().validate(credential).isValid, "format is an annotation by default")
        let found = try errors({ $0["validFrom"] = "2010-01-01 00:00:00" }, format: .assert(["date-time"]))
        let error = try #require(found.first)
        #expect(found.count == 1)
        #expect(error.instanceLocation == "/validFrom")
        #expect(error.keyword == "format")
        #expect(error.keywordLocation == "/properties/validFrom/format")
        #expect(error.message.contains("date-time"))
        // A timezone-less date-time is not RFC 3339 either.
        #expect(try !errors({ $0["validFrom"] = "2010-01-01T00:00:00" }, format: .assertKnown).isEmpty)
    }

    @Test("an unknown property inside the achievement is accepted (the schemas are open)",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func extraProperty() throws {
        var credential = try Self.example("basicOpenBadgeCredential")
        credential["credentialSubject"]?["achievement"]?["laurel:extra"] = "kept"
        #expect(try Self.achievementSchema().validate(credential).isValid)
    }

    // MARK: The project's verification-report schema

    static func reportSchema() throws -> JSONSchema {
        let url = Vectors.projectRoot.appendingPathComponent("schemas/verification-report.schema.json")
        return try JSONSchema(try JSON.parse(Array(try Data(contentsOf: url))))
    }

    @Test("the verification-report schema compiles and accepts a sample report")
    func verificationReport() throws {
        let schema = try Self.reportSchema()
        #expect(schema.uri == "urn:laurel:schema:verification-report:1")
        let report: JSON = [
            "outcome": "valid_with_warnings",
            "format": "json",
            "verifier": "Laurel/0.1.0",
            "credential": [
                "id": "urn:uuid:91537dba-56cb-11ec-bf63-0242ac130002",
                "type": ["VerifiableCredential", "OpenBadgeCredential"],
                "name": "Teamwork Badge",
                "issuer": ["id": "https://example.com/issuers/876543", "name": "Example Corp"],
                "validFrom": "2010-01-01T00:00:00Z",
            ],
            "checks": [
                ["code": "structure.schema_valid", "severity": "info", "message": "The credential matches the OB 3.0 schema."],
                ["code": "dates.no_expiry", "severity": "warning", "message": "The credential never expires.",
                 "evidence": ["validUntil": .null]],
            ],
        ]
        let result = schema.validate(report)
        #expect(result.isValid, "\(result.errors)")

        var bad = report
        bad["outcome"] = "maybe"
        bad["checks"] = [["code": "NotACode", "severity": "info", "message": ""]]
        let errors = schema.validate(bad).errors
        #expect(Set(errors.map(\.instanceLocation)) == ["/outcome", "/checks/0/code", "/checks/0/message"], "\(errors)")
        #expect(errors.first { $0.instanceLocation == "/checks/0/code" }?.keywordLocation
                    == "/properties/checks/items/$ref/properties/code/pattern")
    }
}
