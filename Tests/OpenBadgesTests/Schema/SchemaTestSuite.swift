import Foundation
import OpenBadges
import TestSupport

/// Runs files of the JSON Schema Test Suite (draft 2019-09) from the shared vectors.
///
/// Remote references (`http://localhost:1234/…`) are answered from the suite's `remotes/` folder
/// through the registry's resolver hook; anything else is refused, so nothing is fetched.
enum SchemaTestSuite {
    static let folder = "json-schema-test-suite/tests/draft2019-09"
    static let remotePrefix = "http://localhost:1234/"

    /// The keyword files whose keywords the official Open Badges 3.0 schemas use.
    static let keywordsOpenBadgesUse: Set<String> = [
        "additionalItems.json", "additionalProperties.json", "allOf.json", "anyOf.json", "contains.json",
        "defs.json", "enum.json", "format.json", "items.json", "minItems.json", "oneOf.json", "pattern.json",
        "properties.json", "ref.json", "required.json", "type.json", "if-then-else.json", "const.json",
    ]

    static let resolver = SchemaResolver { uri in
        guard uri.hasPrefix(remotePrefix) else { throw SchemaResolver.ResolverRefusal(uri: uri) }
        let path = "json-schema-test-suite/remotes/" + uri.dropFirst(remotePrefix.count)
        guard FileManager.default.fileExists(atPath: Vectors.url(path).path) else { return nil }
        return try Vectors.json(path)
    }

    struct Failure: CustomStringConvertible {
        let file: String
        let group: String
        let test: String
        let reason: String
        var description: String { "\(file) | \(group) | \(test): \(reason)" }
    }

    struct FileResult {
        let file: String
        var groups = 0
        var tests = 0
        var passed = 0
        var failures: [Failure] = []
    }

    /// Required files (everything outside `optional/`), sorted.
    static var requiredFiles: [String] {
        ((try? Vectors.files(in: folder, withExtension: "json")) ?? []).map { String($0.split(separator: "/").last ?? "") }
    }

    static func optionalFiles(_ subfolder: String) -> [String] {
        ((try? Vectors.files(in: folder + "/" + subfolder, withExtension: "json")) ?? [])
            .map { String($0.dropFirst(folder.count + 1)) }
    }

    /// Runs every group and test of one file (a path relative to the draft folder).
    static func run(_ file: String, options: SchemaOptions = SchemaOptions()) throws -> FileResult {
        var result = FileResult(file: file)
        let groups = try Vectors.json(folder + "/" + file).arrayValue ?? []
        for group in groups {
            result.groups += 1
            let description = group["description"]?.stringValue ?? "?"
            let tests = group["tests"]?.arrayValue ?? []
            let schema: JSONSchema
            do {
                schema = try JSONSchema(group["schema"] ?? true, registry: SchemaRegistry(resolver: resolver),
                                        options: options)
            } catch {
                for test in tests {
                    result.tests += 1
                    result.failures.append(Failure(file: file, group: description,
                                                   test: test["description"]?.stringValue ?? "?",
                                                   reason: "schema did not compile: \(error)"))
                }
                continue
            }
            for test in tests {
                result.tests += 1
                let expected = test["valid"]?.boolValue ?? false
                let outcome = schema.validate(test["data"] ?? .null)
                let fast = schema.isValid(test["data"] ?? .null)
                if outcome.isValid == expected && fast == expected {
                    result.passed += 1
                } else {
                    let detail = outcome.errors.prefix(2).map(\.description).joined(separator: "; ")
                    result.failures.append(Failure(
                        file: file, group: description, test: test["description"]?.stringValue ?? "?",
                        reason: "expected \(expected ? "valid" : "invalid"), got \(outcome.isValid ? "valid" : "invalid")"
                            + (fast != outcome.isValid ? " (fast path disagrees)" : "")
                            + (detail.isEmpty ? "" : " — \(detail)")))
                }
            }
        }
        return result
    }
}
