import OpenBadges
import Testing

@Suite("JSON pointers, vocabularies and contexts")
struct SupportTests {
    @Test("pointers escape ~ and / and resolve")
    func pointers() {
        let pointer = JSONPointer.root.appending("credentialSubject").appending("a/b~c").appending(2)
        #expect(pointer.description == "/credentialSubject/a~1b~0c/2")
        #expect(JSONPointer(stringLiteral: pointer.description) == pointer)
        #expect(JSONPointer(stringLiteral: "/~01").tokens == ["~1"])
        #expect(JSONPointer.root.description == "")
        let document: JSON = ["credentialSubject": ["a/b~c": [1, 2, "three"]]]
        #expect(pointer.resolve(in: document) == "three")
        #expect(JSONPointer(stringLiteral: "/credentialSubject/a~1b~0c/3").resolve(in: document) == nil)
        #expect(JSONPointer(stringLiteral: "/credentialSubject/a~1b~0c/01").resolve(in: document) == nil)
        #expect(JSONPointer.root.resolve(in: document) == document)
    }

    @Test("open vocabularies keep unknown values and recognise ext: terms")
    func vocabularies() {
        #expect(AchievementType.course.rawValue == "Course")
        #expect(AchievementType(rawValue: "Course") == .course)
        #expect(AchievementType.course.isKnown)
        let custom = AchievementType.ext("VolunteerTraining")
        #expect(custom.rawValue == "ext:VolunteerTraining")
        #expect(!custom.isKnown)
        #expect(custom.isWellFormedExtension)
        let unknown: AchievementType = "Bootcamp"
        #expect(!unknown.isKnown && !unknown.isWellFormedExtension)
        #expect(!AchievementType(rawValue: "ext:").isWellFormedExtension)
        #expect(!AchievementType(rawValue: "ext:has space").isWellFormedExtension)
        #expect(AchievementType.knownTerms.count == 31)
        #expect(ResultType.knownTerms.count == 12)
        #expect(AlignmentTargetType.knownTerms.count == 7)
        #expect(AlignmentTargetType.ceasnCompetency.rawValue == "ceasn:Competency")
        #expect(IdentifierType.knownTerms.count == 19)
        #expect(ResultStatusType.knownTerms.count == 7)
        #expect(!IdentifierType(rawValue: "email").isKnown)
        #expect(IdentifierType.emailAddress.description == "emailAddress")
    }

    @Test("OB 3.0 context names, versions and aliases", arguments: [
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", true),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json", true),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-10.20.30.json", true),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context.json", true),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context/ob_v3p0.jsonld", true),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.json", false),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.x.json", false),
        ("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json", false),
        ("http://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", false),
        ("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.jsonld", false),
    ])
    func contexts(iri: String, isOpenBadges: Bool) {
        #expect(CredentialContext.isOpenBadgesContext(iri) == isOpenBadges)
    }
}
