import OpenBadges
import Testing

/// The shapes compacted JSON-LD allows, the errors for shapes it does not, and where they point.
@Suite("Decoding shapes and errors")
struct DecodingShapeTests {
    /// A minimal valid VC 2.0 achievement credential, in the shortest compacted form: single values
    /// everywhere, issuer and image as IRIs.
    static func compact() -> JSON {
        [
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": "urn:uuid:1",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": "https://example.org/issuer",
            "validFrom": "2024-01-01T00:00:00Z",
            "image": "https://example.org/credential.png",
            "credentialSubject": [
                "id": "did:example:learner",
                "type": "AchievementSubject",
                "achievement": [
                    "id": "https://example.org/achievements/1",
                    "type": "Achievement",
                    "name": "Mentoring",
                    "description": "Mentored a newcomer for three months.",
                    "criteria": ["narrative": "Meet weekly."],
                    "image": "https://example.org/badge.png",
                    "tag": "mentoring",
                    "alignment": ["type": "Alignment", "targetName": "Mentoring", "targetUrl": "https://example.org/f/1"],
                ],
                "result": ["type": "Result", "status": "Completed"],
                "identifier": [
                    "type": "IdentityObject", "hashed": false, "identityHash": "learner@example.org",
                    "identityType": "emailAddress",
                ],
            ],
            "evidence": ["type": "Evidence", "name": "Log"],
            "credentialSchema": ["id": "https://example.org/schema.json", "type": "1EdTechJsonSchemaValidator2019"],
            "proof": ["type": "DataIntegrityProof", "cryptosuite": "eddsa-rdfc-2022", "proofValue": "z1"],
        ]
    }

    static func decodeError(_ json: JSON) -> BadgeDecodingError? {
        do {
            _ = try AchievementCredential(json: json)
            return nil
        } catch {
            return error
        }
    }

    @Test("single values, IRI issuer and IRI images are read")
    func singleValues() throws {
        var warnings: [DecodingWarning] = []
        let credential = try AchievementCredential(json: Self.compact(), warnings: &warnings)
        #expect(credential.issuer == .iri("https://example.org/issuer"))
        #expect(credential.issuer.id == "https://example.org/issuer")
        #expect(credential.image == Image(id: "https://example.org/credential.png"))
        #expect(credential.achievement.tag == ["mentoring"])
        #expect(credential.achievement.alignment.count == 1)
        #expect(credential.credentialSubject.result.first?.status == .completed)
        #expect(credential.credentialSubject.identifier.count == 1)
        #expect(credential.evidence.first?.name == "Log")
        #expect(credential.credentialSchema.count == 1)
        #expect(credential.proof.first?.cryptosuite == "eddsa-rdfc-2022")
        #expect(warnings == [DecodingWarning(.imageAsIRI, at: "/image"),
                             DecodingWarning(.imageAsIRI, at: "/credentialSubject/achievement/image")])

        // Written back: arrays for the multi-valued properties, objects for images, the IRI issuer kept.
        let json = credential.json
        #expect(json["issuer"] == "https://example.org/issuer")
        #expect(json["image"] == ["id": "https://example.org/credential.png", "type": "Image"])
        #expect(json["credentialSubject"]?["type"] == ["AchievementSubject"])
        #expect(json["credentialSubject"]?["achievement"]?["tag"] == ["mentoring"])
        #expect(json["credentialSubject"]?["achievement"]?["alignment"]?.arrayValue?.count == 1)
        #expect(json["credentialSubject"]?["achievement"]?["alignment"]?[0]?["type"] == ["Alignment"])
        #expect(json["credentialSubject"]?["result"]?[0]?["type"] == ["Result"])
        #expect(json["credentialSubject"]?["identifier"]?[0]?["type"] == "IdentityObject")
        #expect(json["evidence"]?[0]?["type"] == ["Evidence"])
        #expect(json["credentialSchema"]?.arrayValue?.count == 1)
        #expect(json["proof"]?.arrayValue?.count == 1)
        #expect(json["proof"]?[0] == Self.compact()["proof"])
    }

    @Test("@context entries may be objects; extras are kept in order after the two standard contexts")
    func contexts() throws {
        var json = Self.compact()
        json["@context"] = [
            "https://www.w3.org/ns/credentials/v2",
            ["cohort": "https://example.org/vocab#cohort"],
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json",
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        ]
        json["cohort"] = "2024"
        let credential = try AchievementCredential(json: json)
        #expect(credential.openBadgesContext == "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json")
        #expect(credential.extensions["cohort"] == "2024")
        #expect(credential.json["@context"] == [
            "https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ["cohort": "https://example.org/vocab#cohort"],
            "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json",
        ])
    }

    @Test("@context problems", arguments: [
        (JSON.array(["https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]),
         BadgeDecodingError(.unsupportedBaseContext(found: "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\""), at: "/@context/0")),
        (JSON.array([["@vocab": "https://example.org/"], "https://www.w3.org/ns/credentials/v2"]),
         BadgeDecodingError(.unsupportedBaseContext(found: "an embedded context object"), at: "/@context/0")),
        (JSON.string("https://www.w3.org/ns/credentials/v2"), BadgeDecodingError(.missingOpenBadgesContext, at: "/@context")),
        (JSON.array([]), BadgeDecodingError(.unsupportedBaseContext(found: "an empty list"), at: "/@context")),
        (JSON.array(["https://www.w3.org/ns/credentials/v2", 3]),
         BadgeDecodingError(.wrongKind(expected: "a context IRI or a context object", found: "a number"), at: "/@context/1")),
    ])
    func contextProblems(context: JSON, expected: BadgeDecodingError) {
        var json = Self.compact()
        json["@context"] = context
        #expect(Self.decodeError(json) == expected)
    }

    @Test("errors name the JSON pointer of the problem", arguments: [
        ("/credentialSubject/achievement/criteria", BadgeDecodingError.Reason.missingProperty, JSON.null),
        ("/credentialSubject/achievement/name", .wrongKind(expected: "a string", found: "an array"), JSON.array(["a", "b"])),
        ("/credentialSubject/achievement/criteria", .tooManyValues(count: 2), JSON.array([["narrative": "a"], ["narrative": "b"]])),
        ("/credentialSubject/achievement/creditsAvailable", .wrongKind(expected: "a number", found: "a string"), "3"),
        ("/credentialSubject/achievement", .wrongKind(expected: "an Achievement object", found: "a string"), "https://example.org/a"),
        ("/issuer", .wrongKind(expected: "an IRI or a Profile object", found: "a number"), 7),
        ("/validFrom", .invalidDateTime(DateTimeError(value: "2024-01-01T00:00:00", reason: .missingTimeZone)), "2024-01-01T00:00:00"),
        ("/validUntil", .invalidDateTime(DateTimeError(value: "2024-02-30T00:00:00Z", reason: .outOfRange(field: "day", detail: "30 is not in 01–29 for 2024-02"))), "2024-02-30T00:00:00Z"),
        ("/type", .missingTypeValue(expected: ["VerifiableCredential"], found: ["OpenBadgeCredential"]), "OpenBadgeCredential"),
        // `identifier` is a single object here, so the pointer has no index.
        ("/credentialSubject/identifier/hashed", .wrongKind(expected: "a boolean", found: "a string"), "yes"),
        ("/evidence/1/type/1", .wrongKind(expected: "a string", found: "a number"), 5),
        ("/credentialSubject/result/0/alignment/0/targetUrl", .missingProperty, JSON.null),
    ])
    func pointers(path: String, reason: BadgeDecodingError.Reason, value: JSON) {
        var json = Self.compact()
        // Put the value at the place named, shaping the surroundings to reach it.
        switch path {
        case "/evidence/1/type/1": json["evidence"] = [["type": "Evidence"], ["type": ["Evidence", value]]]
        case "/credentialSubject/identifier/hashed": json["credentialSubject"]?["identifier"]?["hashed"] = value
        case "/credentialSubject/result/0/alignment/0/targetUrl":
            json["credentialSubject"]?["result"] = [["type": ["Result"], "alignment": [["type": "Alignment", "targetName": "x"]]]]
        default:
            var tokens = JSONPointer(stringLiteral: path).tokens
            let last = tokens.removeLast()
            json = Self.setting(json, tokens: tokens[...], key: last, value: value)
        }
        let error = Self.decodeError(json)
        #expect(error == BadgeDecodingError(reason, at: JSONPointer(stringLiteral: path)), "\(String(describing: error))")
        #expect(error?.description.hasPrefix(path + ": ") == true)
    }

    static func setting(_ json: JSON, tokens: ArraySlice<String>, key: String, value: JSON) -> JSON {
        var copy = json
        guard let first = tokens.first else {
            // A null in the table means "absent": remove the member.
            if value.isNull { copy[key] = Optional.none } else { copy[key] = value }
            return copy
        }
        copy[first] = setting(json[first] ?? [:], tokens: tokens.dropFirst(), key: key, value: value)
        return copy
    }

    @Test("error descriptions read as sentences")
    func descriptions() {
        #expect(BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement/criteria").description
            == "/credentialSubject/achievement/criteria: the required property \"criteria\" is missing")
        #expect(BadgeDecodingError(.missingTypeValue(expected: ["AchievementCredential", "OpenBadgeCredential"], found: ["VerifiableCredential"]), at: "/type").description
            == "/type: type must include \"AchievementCredential\" or \"OpenBadgeCredential\"; found \"VerifiableCredential\"")
        #expect(BadgeDecodingError(.wrongKind(expected: "a credential object", found: "an array"), at: .root).description
            == "the document root: expected a credential object, found an array")
        #expect(BadgeDecodingError(.invalidDateTime(DateTimeError(value: "2024", reason: .malformed(offset: 4, expected: "\"-\" after the year"))), at: "/validFrom").description
            == "/validFrom: \"2024\" is not a valid date-time: expected \"-\" after the year at character 5")
    }

    @Test("null counts as absent, for optional and required properties")
    func nulls() throws {
        var json = Self.compact()
        json["name"] = nil
        json["description"] = .null
        json["credentialSubject"]?["achievement"]?["image"] = .null
        let credential = try AchievementCredential(json: json)
        #expect(credential.description == nil)
        #expect(credential.achievement.image == nil)
        #expect(credential.json["description"] == nil)
        json["id"] = .null
        #expect(Self.decodeError(json) == BadgeDecodingError(.missingProperty, at: "/id"))
    }

    @Test("the recipient needs an id or an identifier")
    func recipient() {
        var json = Self.compact()
        json["credentialSubject"]?["id"] = nil
        json["credentialSubject"]?["identifier"] = nil
        #expect(Self.decodeError(json) == BadgeDecodingError(
            .invalidValue("the recipient needs an \"id\" or at least one \"identifier\""), at: "/credentialSubject"))
    }

    @Test("credentialSubject: an array of one is read with a warning, more is refused")
    func subjectArrays() throws {
        var json = Self.compact()
        let subject = try #require(json["credentialSubject"])
        json["credentialSubject"] = [subject]
        var warnings: [DecodingWarning] = []
        let credential = try AchievementCredential(json: json, warnings: &warnings)
        #expect(warnings.contains(DecodingWarning(.credentialSubjectInArray, at: "/credentialSubject")))
        #expect(warnings.contains(DecodingWarning(.imageAsIRI, at: "/credentialSubject/0/achievement/image")))
        #expect(credential.json["credentialSubject"]?.objectValue != nil)
        json["credentialSubject"] = [subject, subject]
        #expect(Self.decodeError(json) == BadgeDecodingError(.tooManyValues(count: 2), at: "/credentialSubject"))
        json["credentialSubject"] = []
        #expect(Self.decodeError(json) == BadgeDecodingError(.missingProperty, at: "/credentialSubject"))
    }

    @Test("VC 1.1: local issuanceDate accepted with a warning and written with Z; VC 2.0 refuses it")
    func vc11Dates() throws {
        var json = Self.compact()
        json["@context"] = ["https://www.w3.org/2018/credentials/v1", "https://purl.imsglobal.org/spec/ob/v3p0/context.json"]
        json["validFrom"] = nil
        json["issuanceDate"] = "2020-03-01T12:00:00"
        json["expirationDate"] = "2030-03-01T12:00:00.5+01:00"
        var warnings: [DecodingWarning] = []
        let credential = try AchievementCredential(json: json, warnings: &warnings)
        #expect(credential.dataModel == .v1_1)
        #expect(!credential.validFrom.hasTimeZone)
        #expect(warnings.contains(DecodingWarning(.dateTimeWithoutTimeZone, at: "/issuanceDate")))
        let output = credential.json
        #expect(output["validFrom"] == "2020-03-01T12:00:00Z")
        #expect(output["validUntil"] == "2030-03-01T12:00:00.5+01:00")
        #expect(output["issuanceDate"] == nil && output["expirationDate"] == nil)

        // A VC 1.1 credential without issuanceDate names the 1.1 property.
        json["issuanceDate"] = nil
        #expect(Self.decodeError(json) == BadgeDecodingError(.missingProperty, at: "/issuanceDate"))
        // In a VC 2.0 credential, issuanceDate is just an unknown property and validFrom is required.
        var v2 = Self.compact()
        v2["issuanceDate"] = "2020-03-01T12:00:00Z"
        #expect(try AchievementCredential(json: v2).extensions["issuanceDate"] == "2020-03-01T12:00:00Z")
        v2["validFrom"] = nil
        #expect(Self.decodeError(v2) == BadgeDecodingError(.missingProperty, at: "/validFrom"))
    }

    @Test("several statuses or refresh services are kept, as an array")
    func repeatedServices() throws {
        var json = Self.compact()
        json["credentialStatus"] = [
            ["id": "https://example.org/status/1#1", "type": "BitstringStatusListEntry", "statusPurpose": "revocation"],
            ["id": "https://example.org/status/2#1", "type": ["BitstringStatusListEntry"], "statusPurpose": "suspension"],
        ]
        let credential = try AchievementCredential(json: json)
        #expect(credential.credentialStatus.map(\.type) == ["BitstringStatusListEntry", "BitstringStatusListEntry"])
        #expect(credential.credentialStatus[1].extensions["statusPurpose"] == "suspension")
        #expect(credential.json["credentialStatus"]?.arrayValue?.count == 2)
        json["credentialStatus"] = ["id": "https://example.org/status/1#1", "type": ["A", "B"]]
        #expect(Self.decodeError(json) == BadgeDecodingError(.tooManyValues(count: 2), at: "/credentialStatus/type"))
    }

    @Test("AnyCredential picks the kind from type")
    func anyCredential() throws {
        guard case .achievement = try AnyCredential(json: Self.compact()) else {
            Issue.record("expected an achievement credential")
            return
        }
        var json = Self.compact()
        json["type"] = ["VerifiableCredential", "ClrCredential"]
        #expect(throws: BadgeDecodingError(.missingTypeValue(
            expected: ["AchievementCredential", "OpenBadgeCredential", "EndorsementCredential"],
            found: ["VerifiableCredential", "ClrCredential"]), at: "/type")) { try AnyCredential(json: json) }
        #expect(throws: BadgeDecodingError(.wrongKind(expected: "a credential object", found: "an array"), at: .root)) {
            try AnyCredential(json: [1])
        }
    }

    @Test("a long parentOrg chain decodes and round-trips")
    func deepProfiles() throws {
        var profile: JSON = ["id": "https://example.org/org/0", "type": "Profile"]
        for level in 1...60 {
            profile = ["id": .string("https://example.org/org/\(level)"), "type": "Profile", "parentOrg": profile]
        }
        var json = Self.compact()
        json["issuer"] = profile
        let credential = try AchievementCredential(json: json)
        var depth = 0
        var current = credential.issuer.profile
        while let next = current?.parentOrg {
            depth += 1
            current = next
        }
        #expect(depth == 60)
        #expect(current?.id == "https://example.org/org/0")
        #expect(try AchievementCredential(json: credential.json) == credential)
    }

    @Test("an embedded endorsement that does not decode is kept verbatim")
    func invalidEndorsement() throws {
        var json = Self.compact()
        let broken: JSON = ["type": ["VerifiableCredential", "EndorsementCredential"], "x": ["kept", 1.50]]
        json["credentialSubject"]?["achievement"]?["endorsement"] = broken
        var warnings: [DecodingWarning] = []
        let credential = try AchievementCredential(json: json, warnings: &warnings)
        let endorsement = try #require(credential.achievement.endorsement.first)
        #expect(endorsement.credential == nil)
        #expect(endorsement.error == BadgeDecodingError(.missingProperty, at: "/credentialSubject/achievement/endorsement/@context"))
        #expect(warnings.contains { $0.pointer == "/credentialSubject/achievement/endorsement" })
        #expect(credential.json["credentialSubject"]?["achievement"]?["endorsement"] == [broken])
    }
}
