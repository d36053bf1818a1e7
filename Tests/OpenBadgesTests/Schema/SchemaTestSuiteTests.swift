import OpenBadges
import Testing
import TestSupport

@Suite("JSON Schema Test Suite, draft 2019-09")
struct SchemaTestSuiteTests {
    @Test("every required file passes", .enabled(if: Vectors.isAvailable, Vectors.missingComment),
          arguments: SchemaTestSuite.requiredFiles)
    func requiredFile(_ file: String) throws {
        let result = try SchemaTestSuite.run(file)
        #expect(result.tests > 0, "\(file) holds no tests")
        for failure in result.failures {
            Issue.record("\(failure)")
        }
    }

    @Test("totals for the required files, and the files the OB 3.0 schemas need",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func totals() throws {
        var groups = 0, tests = 0, passed = 0
        var failures: [SchemaTestSuite.Failure] = []
        let files = SchemaTestSuite.requiredFiles
        for file in files {
            let result = try SchemaTestSuite.run(file)
            groups += result.groups
            tests += result.tests
            passed += result.passed
            failures += result.failures
            let marker = SchemaTestSuite.keywordsOpenBadgesUse.contains(file) ? " [OB]" : ""
            print("json-schema-test-suite \(file)\(marker): \(result.groups) groups, \(result.passed)/\(result.tests) passed")
        }
        print("json-schema-test-suite required: \(files.count) files, \(groups) groups, \(tests) tests, \(passed) passed, \(tests - passed) failed")
        for failure in failures { print("  FAIL \(failure)") }
        #expect(files.count >= 40)
        #expect(passed == tests)
        for file in SchemaTestSuite.keywordsOpenBadgesUse {
            #expect(files.contains(file), "\(file) is missing from the suite")
        }
    }
}
