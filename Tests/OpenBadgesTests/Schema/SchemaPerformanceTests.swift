import OpenBadges
import Testing
import TestSupport

/// Timing of compiling the OB 3.0 achievement-credential schema and validating the full example.
/// Printed for the record; the bounds asserted are loose enough for a debug build on a busy machine.
@Suite("Schema performance")
struct SchemaPerformanceTests {
    @Test("compile once, validate the full OB 3.0 example many times",
          .enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func validateCredential() throws {
        let clock = ContinuousClock()
        let registry = try OpenBadgesSchemaTests.registry()
        var schema: JSONSchema?
        let compileTime = try clock.measure {
            schema = try registry.schema(OpenBadgesSchemaTests.achievementCredentialID,
                                         options: SchemaOptions(format: .assertKnown))
        }
        let compiled = try #require(schema)
        let credential = try OpenBadgesSchemaTests.example("fullOpenBadge")
        #expect(compiled.validate(credential).isValid)
        let rounds = 100
        var valid = 0
        let validateTime = clock.measure {
            for _ in 0..<rounds where compiled.validate(credential).isValid { valid += 1 }
        }
        #expect(valid == rounds)
        var invalid = credential
        invalid["credentialSubject"]?["achievement"]?["criteria"] = nil
        let invalidTime = clock.measure {
            for _ in 0..<rounds { _ = compiled.validate(invalid) }
        }
        let basic = try OpenBadgesSchemaTests.example("basicOpenBadgeCredential")
        let basicTime = clock.measure {
            for _ in 0..<rounds { _ = compiled.isValid(basic) }
        }
        let perValid = validateTime / rounds
        let perInvalid = invalidTime / rounds
        print("schema-performance compile: \(compileTime); per validation: fullOpenBadge \(perValid), basicOpenBadgeCredential \(basicTime / rounds), fullOpenBadge without criteria (errors collected) \(perInvalid)")
        #expect(perValid < .milliseconds(20))
    }
}
