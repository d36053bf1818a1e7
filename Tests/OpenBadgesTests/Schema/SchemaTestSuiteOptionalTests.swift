import OpenBadges
import Testing
import TestSupport

/// The optional part of the suite: format assertion (with `format` asserted), and optional behaviour
/// (bignum, ECMAScript regex, `dependencies` compatibility, …). Results are reported separately.
@Suite("JSON Schema Test Suite, draft 2019-09, optional")
struct SchemaTestSuiteOptionalTests {
    /// Optional tests this implementation does not pass, with the reason. Anything not listed must pass.
    static let knownFailures: [String: String] = {
        let otherDrafts = "only draft 2019-09 is implemented: a $schema naming draft-07 or 2020-12 is refused at compile time"
        return [
            "optional/cross-draft.json | refs to future drafts are processed as future drafts | first item not a string is invalid": otherDrafts,
            "optional/cross-draft.json | refs to future drafts are processed as future drafts | first item is a string is valid": otherDrafts,
            "optional/cross-draft.json | refs to historic drafts are processed as historic drafts | missing bar is valid": otherDrafts,
        ]
    }()

    static func key(_ failure: SchemaTestSuite.Failure) -> String {
        "\(failure.file) | \(failure.group) | \(failure.test)"
    }

    @Test("format assertion (optional/format)", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func formats() throws {
        try runAll(SchemaTestSuite.optionalFiles("optional/format"), options: SchemaOptions(format: .assertKnown),
                   label: "optional/format")
    }

    @Test("other optional behaviour (optional/*.json)", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func optionalBehaviour() throws {
        try runAll(SchemaTestSuite.optionalFiles("optional"), options: SchemaOptions(), label: "optional")
    }

    private func runAll(_ files: [String], options: SchemaOptions, label: String) throws {
        var groups = 0, tests = 0, passed = 0
        var unexpected: [SchemaTestSuite.Failure] = []
        var known = 0
        for file in files {
            let result = try SchemaTestSuite.run(file, options: options)
            groups += result.groups
            tests += result.tests
            passed += result.passed
            print("json-schema-test-suite \(file): \(result.groups) groups, \(result.passed)/\(result.tests) passed")
            for failure in result.failures {
                if let reason = Self.knownFailures[Self.key(failure)] {
                    known += 1
                    print("  KNOWN \(failure.file) | \(failure.group) | \(failure.test): \(reason)")
                } else {
                    unexpected.append(failure)
                }
            }
        }
        print("json-schema-test-suite \(label): \(files.count) files, \(groups) groups, \(tests) tests, \(passed) passed, \(tests - passed) failed (\(known) known)")
        #expect(!files.isEmpty)
        for failure in unexpected { Issue.record("\(failure)") }
    }
}
