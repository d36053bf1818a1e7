import OpenBadges
import TestSupport
import Testing

/// The OB 2.0 model against the validator's fixtures, the specification's examples and hand-made
/// documents: every form OB 2.0 allows, and errors that name the JSON pointer of the problem.
@Suite("Open Badges 2.0 model")
struct OB2ModelTests {
    static let assertion: JSON = [
        "@context": "https://w3id.org/openbadges/v2",
        "type": "Assertion",
        "id": "https://example.org/assertions/1",
        "recipient": ["type": "email", "hashed": true, "salt": "deadsea",
                      "identity": "sha256$ecf5409f3f4b91ab60cc5ef4c02aef7032354375e70cf4d8e43f6a1d29891942"],
        "badge": "https://example.org/badges/1",
        "verification": ["type": "hosted"],
        "issuedOn": "2016-12-31T23:59:59Z",
    ]

    func assertion(_ json: JSON) throws -> OB2.Assertion {
        guard case .assertion(let assertion) = try OB2Fixtures.document(json) else {
            Issue.record("not read as an assertion")
            throw BadgeDecodingError(.missingProperty, at: .root)
        }
        return assertion
    }

    @Test func aHostedAssertionReadsEveryProperty() throws {
        let read = try assertion(Self.assertion)
        #expect(read.id == "https://example.org/assertions/1")
        #expect(read.badge == .iri("https://example.org/badges/1"))
        #expect(read.verification.method == .hosted)
        #expect(read.recipient.type == "email" && read.recipient.hashed && read.recipient.salt == "deadsea")
        #expect(read.issuedOn.secondsSince1970 == 1_483_228_799)
        #expect(read.extensions.keys == ["@context"])
    }

    @Test func otherSpellingsOfTheSameTermsAreRead() throws {
        var json = Self.assertion
        json["verification"] = nil
        json["badge"] = nil
        json["verify"] = ["type": "obi:SignedBadge", "dc:creator": "https://example.org/key"]
        json["https://w3id.org/openbadges#badge"] = "https://example.org/badges/2"
        json["type"] = "obi:Assertion"
        let read = try assertion(json)
        #expect(read.verification.method == .signed)
        #expect(read.verification.creator == "https://example.org/key")
        #expect(read.badge == .iri("https://example.org/badges/2"))
        #expect(read.type == ["Assertion"])
    }

    @Test func languageTaggedTextIsRead() throws {
        var json = Self.assertion
        json["badge"] = ["type": "BadgeClass", "id": "https://example.org/b/es", "name": ["@value": "Insignia fantástica", "@language": "es"],
                         "description": "Robots", "criteria": "https://example.org/c", "issuer": "https://example.org/i",
                         "tags": [["@value": "robótica", "@language": "es"], "robots"]]
        let badge = try #require(try assertion(json).badge.node)
        #expect(badge.name == "Insignia fantástica")
        #expect(badge.tags == ["robótica", "robots"])
        json["badge"]?["name"] = ["@language": "es"]
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/badge/name")
    }

    @Test func aPropertyGivenTwiceUnderTwoSpellingsIsRefused() {
        var json = Self.assertion
        json["obi:badge"] = "https://evil.example/badges/other"
        let error = OB2Fixtures.decodingError(json)
        #expect(error?.pointer == "/obi:badge")
        #expect(error?.message.contains("\"badge\" and \"obi:badge\"") == true)
        json = Self.assertion
        json["verify"] = ["type": "signed"]
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/verify")
    }

    @Test func embeddedBadgeClassAndIssuerAreRead() throws {
        var json = Self.assertion
        json["badge"] = [
            "type": "BadgeClass", "id": "https://example.org/badges/5", "name": "3-D Printmaster", "description": "Safety test.",
            "image": ["id": "data:image/png;base64,iVBORw0KGgo=", "caption": "A printer"],
            "criteria": ["narrative": "Pass the test."],
            "issuer": ["id": "https://example.org/issuer", "type": "Profile", "name": "Makers", "url": "https://example.org",
                       "email": "contact@example.org", "verification": ["allowedOrigins": "example.org"]],
            "alignment": [["targetName": "Safety", "targetUrl": "https://example.org/safety"]],
            "tags": "printing",
        ]
        let read = try assertion(json)
        let badge = try #require(read.badge.node)
        #expect(badge.image?.dataURI?.mediaType == "image/png")
        #expect(badge.image?.caption == "A printer")
        #expect(badge.criteria.narrative == "Pass the test.")
        #expect(badge.tags == ["printing"])
        #expect(badge.alignment.first?.targetName == "Safety")
        let issuer = try #require(badge.issuer.node)
        #expect(issuer.verification?.allowedOrigins == ["example.org"])
        #expect(issuer.missingIssuerProperties.isEmpty)
    }

    @Test func errorsNameThePointer() {
        var json = Self.assertion
        json["recipient"] = nil
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/recipient")

        json = Self.assertion
        json["recipient"] = ["type": "email", "hashed": true, "identity": "sha256$nothex"]
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/recipient/identity")

        json = Self.assertion
        json["badge"] = ["type": "BadgeClass", "id": "https://example.org/b", "name": "B", "description": "d", "criteria": "https://example.org/c",
                         "issuer": ["type": "Issuer", "name": "x"]]
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/badge/issuer/id")

        json = Self.assertion
        json["issuedOn"] = "yesterday"
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/issuedOn")

        json = Self.assertion
        json["type"] = .array([])
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/type")

        json = Self.assertion
        json["evidence"] = [.string("https://example.org/e"), 42]
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/evidence/1")

        #expect(OB2Fixtures.decodingError("just a string")?.pointer == JSONPointer.root)
    }

    @Test func datesWithoutSecondsAreOB2DatesAndMissingZonesWarn() throws {
        var json = Self.assertion
        json["issuedOn"] = "2017-10-01T00:00Z"
        #expect(try assertion(json).issuedOn.secondsSince1970 == 1_506_816_000)
        json["issuedOn"] = "2017-10-01T00:00:00"
        var warnings: [DecodingWarning] = []
        _ = try OB2.Document(json: json, warnings: &warnings)
        #expect(warnings.map(\.pointer) == ["/issuedOn"])
        json["issuedOn"] = 1_506_816_000
        #expect(OB2Fixtures.decodingError(json)?.pointer == "/issuedOn")
    }

    @Test func encodingRoundTrips() throws {
        var json = Self.assertion
        json["evidence"] = ["https://example.org/work", ["narrative": "Built a robot", "genre": "Engineering"]]
        json["image"] = "https://example.org/baked.png"
        json["extensions:exampleExtension"] = ["@context": "https://w3id.org/openbadges/extensions/exampleExtension/context.json",
                                               "type": ["Extension", "extensions:ExampleExtension"], "exampleProperty": "x"]
        let read = try assertion(json)
        #expect(try assertion(read.json) == read)
        #expect(read.json["image"] == "https://example.org/baked.png")
        #expect(read.json["evidence"]?[0] == "https://example.org/work")
    }

    @Test func extensionNodesAreFound() throws {
        var json = Self.assertion
        json["extensions:exampleExtension"] = ["@context": "https://w3id.org/openbadges/extensions/exampleExtension/context.json",
                                               "type": ["Extension", "extensions:ExampleExtension"]]
        json["extensions:broken"] = ["type": "Extension"]
        let found = OB2.ExtensionNode.find(in: try assertion(json).extensions, at: .root)
        #expect(found.map(\.property) == ["extensions:exampleExtension", "extensions:broken"])
        #expect(found[0].kinds == ["extensions:ExampleExtension"] && found[0].context != nil)
        #expect(found[1].context == nil && found[1].pointer == "/extensions:broken")
    }

    @Test func revocationListsMatchIDsAndLegacyUIDs() throws {
        let list = try OB2.RevocationList(json: [
            "type": "RevocationList", "id": "https://example.org/revoked",
            "revokedAssertions": ["urn:uuid:1", ["id": "urn:uuid:2", "revocationReason": "Cheated"], ["uid": "abc123"],
                                  ["id": "urn:uuid:3", "revoked": false]],
        ])
        #expect(list.entry(forAssertion: "urn:uuid:1") != nil)
        #expect(list.entry(forAssertion: "urn:uuid:2")?.revocationReason == "Cheated")
        #expect(list.entry(forAssertion: nil, uid: "abc123") != nil)
        #expect(list.entry(forAssertion: "urn:uuid:3") == nil)
        #expect(list.entry(forAssertion: "urn:uuid:4") == nil)
        #expect(throws: BadgeDecodingError.self) {
            try OB2.RevocationList(json: ["type": "RevocationList", "revokedAssertions": [["revocationReason": "no id"]]])
        }
    }

    @Test func dataURIs() {
        #expect(OB2.DataURI("data:image/png;base64,AAAA")?.isBadgeImageType == true)
        #expect(OB2.DataURI("DATA:image/SVG+xml,<svg/>")?.mediaType == "image/svg+xml")
        #expect(OB2.DataURI("data:,hello")?.mediaType == "text/plain")
        #expect(OB2.DataURI("data:image/gif;base64,R0lG")?.isBadgeImageType == false)
        #expect(OB2.DataURI("https://example.org/a.png") == nil)
        #expect(OB2.DataURI("data:image/png;base64") == nil)
    }
}
