import OpenBadges
import Testing
import TestSupport

/// The same OB 3.0 credentials, valid and broken, through Laurel and through the Python `jsonschema`
/// package: both must agree on validity and on the instance locations of the errors.
///
/// Formats are left as annotations on both sides: the oracle's venv does not install the optional
/// packages its date-time checker needs, so it would not assert them.
@Suite("OB 3.0 schema validation against the jsonschema oracle")
struct OpenBadgesSchemaOracleTests {
    static let schemaFile = "ob-spec/schemas/ob_v3p0/ob_v3p0_achievementcredential_schema.json"

    static let mutations: [(String, @Sendable (inout JSON) -> Void)] = [
        ("unchanged", { _ in }),
        ("single-valued type", { $0["type"] = "OpenBadgeCredential" }),
        ("type without OpenBadgeCredential", { $0["type"] = ["VerifiableCredential"] }),
        ("missing credentialSubject", { $0["credentialSubject"] = nil }),
        ("reversed @context", { credential in
            credential["@context"] = ["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                                      "https://www.w3.org/ns/credentials/v2"]
        }),
        ("one @context entry", { $0["@context"] = ["https://www.w3.org/ns/credentials/v2"] }),
        ("missing criteria", { $0["credentialSubject"]?["achievement"]?["criteria"] = nil }),
        ("issuer as a string", { $0["issuer"] = "https://example.com/issuers/876543" }),
        ("issuer as a number", { $0["issuer"] = 42 }),
        ("proof as an object", { $0["proof"] = ["type": "DataIntegrityProof"] }),
        ("achievement type as a string", { $0["credentialSubject"]?["achievement"]?["type"] = "Achievement" }),
        ("name as an array", { $0["name"] = ["Teamwork Badge"] }),
        ("extra property", { $0["laurel:extra"] = true }),
    ]

    @Test("Laurel and jsonschema agree on valid and broken credentials",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment),
          .enabled(if: Oracle.isAvailable, Oracle.missingComment),
          arguments: ["basicOpenBadgeCredential", "fullOpenBadge"])
    func agreement(_ example: String) throws {
        let schema = try JSONSchema(try Vectors.json(Self.schemaFile))
        let original = try OpenBadgesSchemaTests.example(example)
        for (name, mutate) in Self.mutations {
            var credential = original
            mutate(&credential)
            let ours = schema.validate(credential)
            let oracle = try Oracle.run(script: "json_schema.py", arguments: [Vectors.url(Self.schemaFile).path],
                                        input: credential.serialized())
            // Exit 1 with no error lines is a crash of the oracle (an import error, say), not a verdict.
            let verdict = oracle.status == 0 ? oracle.stdout.isEmpty : (oracle.status == 1 && !oracle.stdout.isEmpty)
            try #require(verdict, "\(name): the oracle failed: \(oracle.stderrText)")
            #expect(ours.isValid == (oracle.status == 0), "\(example), \(name): \(ours.errors) vs \(oracle.stdoutText)")
            let theirLocations = Set(oracle.stdoutText.split(separator: "\n").compactMap { line -> String? in
                guard let colon = line.range(of: ": ") else { return nil }
                let pointer = String(line[..<colon.lowerBound])
                return pointer == "/" ? "" : pointer
            })
            #expect(Set(ours.errors.map(\.instanceLocation)) == theirLocations, "\(example), \(name)")
        }
    }
}
