import BadgeVerifier
import OpenBadges
import TestSupport
import Testing

/// What reaches the OB 2.0 verifier and how it answers documents that are not awarded OB 2.0 badges.
@Suite("OB 2.0 inputs", .enabled(if: Vectors.isAvailable, Vectors.missingComment))
struct OB2InputTests {
    @Test(arguments: [
        "openbadges/ob2-validator-core/test_components/1_0_basic_assertion.json",
        "openbadges/ob2-validator-core/test_components/1_1_basic_assertion.json",
        "openbadges/ob2-validator-core/test_components/0_5_assertion.json",
        "openbadges/bakery-concentricsky/baked_heart.png",
        "openbadges/bakery-mozilla/baked.svg",
    ])
    func openBadges1IsRefusedClearly(path: String) async throws {
        let report = await OB2Support.verifier().verify(try Vectors.bytes(path))
        #expect(report.outcome == .invalid)
        let check = try #require(report.checks(.ob2LegacyVersion).first, "\(report.text())")
        #expect(check.message.contains("not supported") && check.message.contains("re-issued"))
        #expect(report.summary.dataModel?.hasSuffix("(not supported)") == true)
    }

    @Test func aBadgeClassIsReportedAsNoAward() async throws {
        let report = await OB2Support.verifier().verify(try OB2Support.asset("badgeclass1.json"))
        #expect(report.outcome == .valid)
        #expect(report.checks(.ob2DocumentKind).first?.message.contains("not a badge awarded to anyone") == true)
        #expect(report.has(.ob2Issuer))
        #expect(report.summary.dataModel == "Open Badges 2.0 badge class")
    }

    @Test func anOB2EndorsementOnItsOwnIsNotPassed() async throws {
        let report = await OB2Support.verifier().verify(try OB2Support.asset("endorsement-1.json"))
        #expect(report.outcome == .indeterminate)
    }

    @Test func structuralErrorsNameThePointer() async throws {
        var json = try JSON.parse(try OB2Support.fixture("basic-assertion.json"))
        json["recipient"]?["hashed"] = "yes"
        let report = await OB2Support.verifier().verify(OB2Support.bytes(json))
        #expect(report.outcome == .invalid)
        #expect(report.checks(.structureInvalid).first?.evidence["pointer"] == "/recipient/hashed")
    }

    @Test func hostileDocumentsEndInAReportNotACrash() async throws {
        let inputs: [String] = [
            #"{"@context":"https://w3id.org/openbadges/v2","type":"Assertion"}"#,
            #"{"@context":"https://w3id.org/openbadges/v2","type":["Assertion","BadgeClass"],"id":5}"#,
            #"{"@context":["https://w3id.org/openbadges/v2",{"@vocab":"http://evil.example/"}],"type":"Assertion","id":"x"}"#,
            #"{"@context":{"obi":"https://w3id.org/openbadges#","Assertion":"obi:Assertion","type":"@type"},"type":"Assertion"}"#,
            #"{"@context":"https://w3id.org/openbadges/v2","type":"Assertion","id":"https://example.org/a","recipient":[],"badge":{},"verification":null,"issuedOn":"2016"}"#,
            "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"badge\":" + String(repeating: "[", count: 5000) + "}",
        ]
        for input in inputs {
            let report = await OB2Support.verifier().verify(Array(input.utf8))
            #expect(report.outcome == .invalid, "\(input.prefix(80)): \(report.text())")
        }
    }
}
