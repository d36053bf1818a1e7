import OpenBadges
import TestSupport
import Testing

/// The JSON-LD side of reading OB 2.0: contexts, types, and contexts that change what terms mean.
@Suite("Open Badges 2.0 linked data")
struct OB2LinkedDataCheckTests {
    func problem(_ json: JSON) -> OB2.LinkedDataCheck.Problem? {
        do {
            _ = try OB2.LinkedDataCheck.run(json)
            return nil
        } catch {
            return error
        }
    }

    @Test func theStandardContextPasses() throws {
        let findings = try OB2.LinkedDataCheck.run(OB2ModelTests.assertion)
        #expect(findings.rootTypes == ["https://w3id.org/openbadges#Assertion"])
        #expect(findings.unreadContexts.isEmpty)
    }

    @Test func contextsAreRequiredKnownAndNotOB1() {
        var json = OB2ModelTests.assertion
        json["@context"] = nil
        #expect(problem(json) == .missingContext)
        json["@context"] = "https://w3id.org/openbadges/invalid"
        #expect(problem(json) == .unknownContext("https://w3id.org/openbadges/invalid", at: "/@context"))
        json["@context"] = ["https://w3id.org/openbadges/v2", "https://evil.example/context.json"]
        #expect(problem(json) == .unknownContext("https://evil.example/context.json", at: "/@context/1"))
        json["@context"] = "https://w3id.org/openbadges/v1"
        #expect(problem(json) == .legacyContext("https://w3id.org/openbadges/v1", at: "/@context"))
    }

    @Test func extensionContextsAreReadAsEmptyAndReported() throws {
        var json = OB2ModelTests.assertion
        json["extensions:x"] = ["@context": "https://w3id.org/openbadges/extensions/exampleExtension/context.json",
                                "type": ["Extension", "extensions:ExampleExtension"], "exampleProperty": "hi"]
        var findings = try OB2.LinkedDataCheck.run(json)
        #expect(findings.unreadContexts.map(\.atRoot) == [false])
        json["@context"] = ["https://w3id.org/openbadges/v2", "https://w3id.org/openbadges/extensions/exampleExtension/context.json"]
        findings = try OB2.LinkedDataCheck.run(json)
        #expect(findings.unreadContexts.map(\.atRoot) == [true, false])
    }

    @Test func undefinedTypesAreRefused() {
        var json = OB2ModelTests.assertion
        json["type"] = ["Assertion", "UNKNOWN"]
        #expect(problem(json) == .relativeType("UNKNOWN"))
        json["type"] = ["Assertion", "http://example.com/CoolClass", "obi:Other"]
        #expect(problem(json) == nil)
    }

    @Test func aContextThatRedefinesATermIsRefused() {
        var json = OB2ModelTests.assertion
        json["@context"] = ["https://w3id.org/openbadges/v2", ["badge": "http://evil.example/notABadge"]]
        #expect(problem(json) == .changedTerm("badge", found: "http://evil.example/notABadge", expected: "https://w3id.org/openbadges#badge"))
        json["@context"] = ["https://w3id.org/openbadges/v2", ["Assertion": "http://evil.example/Other"]]
        #expect(problem(json) == .changedTerm("Assertion", found: "http://evil.example/Other", expected: "https://w3id.org/openbadges#Assertion"))
        json["@context"] = ["https://w3id.org/openbadges/v2", ["unrelated": "http://example.org/unrelated"]]
        #expect(problem(json) == nil)
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment))
    func contextsWrittenOutInFullAreCompared() throws {
        // The validator's fixtures carry the whole OB 2.0 context inline.
        let badgeClass = try OB2Fixtures.json(OB2Fixtures.assets + "badgeclass1.json")
        #expect(try OB2.LinkedDataCheck.run(badgeClass).rootTypes == ["https://w3id.org/openbadges#BadgeClass"])
        var changed = badgeClass
        changed["@context"]?["issuer"] = ["@id": "http://evil.example/issuer", "@type": "@id"]
        #expect(problem(changed) == .changedTerm("issuer", found: "http://evil.example/issuer", expected: "https://w3id.org/openbadges#issuer"))
    }

    @Test(.enabled(if: Vectors.isAvailable, Vectors.missingComment),
          arguments: ["invalid-class.json", "invalid-one-invalid-class.json"])
    func theValidatorsUndefinedClassesAreRefused(file: String) throws {
        let problem = problem(try OB2Fixtures.json(OB2Fixtures.validator + "rdf-validation/" + file))
        guard case .relativeType = problem else {
            Issue.record("\(file): \(String(describing: problem))")
            return
        }
    }
}
