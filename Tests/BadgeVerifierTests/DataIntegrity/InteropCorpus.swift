import BadgeCrypto
import BadgeIssuer
import IssuanceFixtures
import OpenBadges

/// Credentials with varied content for the cross-checks with an independent implementation: text in
/// several scripts (right-to-left among them, and a decomposed accent), numbers that JSON-LD turns into
/// typed literals, lists, nested evidence, results on a rubric, and embedded endorsements.
enum InteropCorpus {
    static let texts = [
        "Partnership Building", "Atelier d’écriture — niveau avancé", "Курс «Основы наставничества»",
        "Μάθημα δημοσίου λόγου", "社区组织者培训课程", "コミュニティ・リーダー研修", "सामुदायिक नेतृत्व प्रशिक्षण",
        "دورة بناء الشراكات مع المتاحف", "קורס הנחיית קבוצות מתנדבים", "Partnerschaftsaufbau für Vereine 🤝",
        "Khóa học Tiếng Việt cho tình nguyện viên", "ქართული ენის კურსი", "Mixed: English مع العربية and עברית (RTL)",
        "e\u{301}tude de cas (decomposed accent)", "Quotes \"inside\", a back\\slash, and a line\nbreak",
        "한국어 자원봉사자 교육", "ኢትዮጵያ የማህበረሰብ ስልጠና", "Ελληνικά + English + 123",
    ]
    static let languages = ["en", "fr", "ru", "el", "zh", "ja", "hi", "ar", "he", "de", "vi", "ka", "ar", "fr", "en", "ko", "am", "el"]
    static let numbers: [Double] = [2.5, 3, 0.1, 12.75, 1e-7, 40, 1234567.125, 0.333]

    static func text(_ index: Int) -> String { texts[index % texts.count] }

    /// The Ed25519 key of credential `index`, derived from the index so that runs are reproducible.
    static func seed(_ index: Int) -> [UInt8] { SHA256.hash("laurel-interop-\(index)") }

    static func key(_ index: Int) throws -> IssuerKey {
        IssuerKey(privateKey: .ed25519(try Ed25519.PrivateKey(rawRepresentation: seed(index))))
    }

    /// The issuer id of credential `index`: its did:key for even indexes, an https URL for odd ones.
    static func issuerID(_ index: Int, key: IssuerKey) -> String? {
        index % 2 == 0 ? nil : "https://learning.example.org/issuers/\(index)"
    }

    /// The unsigned credential `index`.
    static func credential(_ index: Int) throws -> JSONObject {
        let key = try key(index)
        var document = try Fixtures.credential(key: key, issuerID: issuerID(index, key: key), recipient: "did:example:learner-\(index)")
            .json.objectValue ?? [:]
        let name = text(index)
        document["name"] = .string("\(name) — \(index)")
        document["description"] = .string(text(index + 3) + "\n" + text(index + 7))

        var issuer = document["issuer"]?.objectValue ?? [:]
        issuer["name"] = .string(text(index + 1))
        if index % 3 == 0 {
            issuer["address"] = ["type": ["Address"], "addressLocality": .string(text(index + 2)), "addressCountryCode": "FR",
                                 "geo": ["type": "GeoCoordinates", "latitude": .number(numbers[index % numbers.count] - 90) ?? 0,
                                         "longitude": .number(numbers[(index + 3) % numbers.count]) ?? 0]]
        }
        document["issuer"] = .object(issuer)

        var subject = document["credentialSubject"]?.objectValue ?? [:]
        var achievement = subject["achievement"]?.objectValue ?? [:]
        achievement["name"] = .string(name)
        achievement["inLanguage"] = .string(languages[index % languages.count])
        achievement["creditsAvailable"] = .number(numbers[index % numbers.count]) ?? 1
        achievement["fieldOfStudy"] = .string(text(index + 5))
        achievement["tag"] = .array((0..<(index % 4 + 1)).map { .string(text(index + $0 + 9)) })
        let levels = levelIDs(index)
        var description: JSONObject = [
            "id": .string("https://learning.example.org/results/\(index)"), "type": ["ResultDescription"],
            "name": .string(text(index + 4)), "resultType": "RubricCriterionLevel",
            "rubricCriterionLevel": .array(levels.enumerated().map { level, id in
                ["id": .string(id), "type": ["RubricCriterionLevel"], "name": .string(text(index + level + 6)),
                 "level": .string("\(level + 1)"), "points": .string("\(level * 5)")]
            }),
        ]
        if index % 4 == 1 { description["allowedValue"] = ["pass", "merit", "distinction"] }
        achievement["resultDescription"] = [.object(description)]
        if index % 5 == 2 {
            achievement["alignment"] = [["type": ["Alignment"], "targetName": .string(text(index + 8)),
                                         "targetUrl": "https://frameworks.example.org/skills/42", "targetType": "CFItem"]]
        }
        subject["achievement"] = .object(achievement)
        subject["result"] = [["type": ["Result"], "resultDescription": .string("https://learning.example.org/results/\(index)"),
                              "achievedLevel": .string(levels[index % levels.count]), "value": .string("\(60 + index % 40).5")]]
        if index % 2 == 0 { subject["creditsEarned"] = .number(numbers[(index + 1) % numbers.count]) ?? 1 }
        document["credentialSubject"] = .object(subject)

        document["evidence"] = .array((0..<(index % 3 + 1)).map { item in
            ["id": .string("https://learning.example.org/evidence/\(index)/\(item)"), "type": ["Evidence"],
             "name": .string(text(index + item + 10)), "narrative": .string("# \(text(index + item))\n\n- \(text(index + item + 1))"),
             "genre": "Assignment", "audience": .string(text(index + 11))]
        })
        if index % 3 == 1 { document["endorsement"] = [.object(try endorsement(index, of: document))] }
        return document
    }

    static func levelIDs(_ index: Int) -> [String] {
        (0..<(2 + index % 3)).map { "https://learning.example.org/levels/\(index)/\($0)" }
    }

    /// An endorsement of the credential's achievement by another organisation, signed by its own key.
    static func endorsement(_ index: Int, of document: JSONObject) throws -> JSONObject {
        let key = IssuerKey(privateKey: .ed25519(try Ed25519.PrivateKey(rawRepresentation: SHA256.hash("endorser-\(index)"))))
        let did = key.didKey?.did ?? ""
        let achievementID = document["credentialSubject"]?["achievement"]?["id"]?.stringValue ?? ""
        let endorsement: JSONObject = [
            "@context": document["@context"] ?? [],
            "id": .string("urn:uuid:00000000-0000-4000-8000-\(String(100_000_000_000 + index))"),
            "type": ["VerifiableCredential", "EndorsementCredential"],
            "name": .string("Endorsement: \(text(index + 2))"),
            "issuer": ["id": .string(did), "type": ["Profile"], "name": .string(text(index + 12))],
            "validFrom": "2026-01-10T08:00:00Z",
            "credentialSubject": ["id": .string(achievementID), "type": ["EndorsementSubject"],
                                  "endorsementComment": .string(text(index + 13))],
        ]
        return try DataIntegritySigner.sign(document: endorsement, with: key, created: try DateTime("2026-01-10T08:00:00Z"))
    }
}
