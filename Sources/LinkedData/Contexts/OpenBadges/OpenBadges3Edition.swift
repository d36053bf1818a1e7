/// The published editions of the Open Badges 3.0 context, oldest first.
///
/// Each edition is a document that signed credentials name by URL, so each is kept exactly as
/// published, including its slips: changing any term would change the canonical form of credentials
/// signed under it.
enum OpenBadges3Edition: CaseIterable, Comparable, Sendable {
    /// `context.json`; see `OpenBadges3InitialContext`.
    case initial
    /// `context-3.0.1.json`; see `OpenBadges301Context`.
    case v3_0_1
    /// `context-3.0.2.json`; see `OpenBadges302Context`.
    case v3_0_2
    /// `context-3.0.3.json`; see `OpenBadges303Context`.
    case v3_0_3

    /// The URLs that answer with this edition.
    var urls: [String] {
        let base = "https://purl.imsglobal.org/spec/ob/v3p0/"
        return switch self {
        case .initial: [base + "context.json", base + "context/ob_v3p0.jsonld"]
        case .v3_0_1: [base + "context-3.0.1.json"]
        case .v3_0_2: [base + "context-3.0.2.json"]
        case .v3_0_3: [base + "context-3.0.3.json"]
        }
    }

    /// From 3.0.2: `@protected`, and `id`/`type` aliases in every type-scoped context.
    var protectsTerms: Bool { self >= .v3_0_2 }

    /// Up to 3.0.1: plain-text properties are coerced to `xsd:string`.
    var coercesText: Bool { self <= .v3_0_1 }

    /// Only the first edition coerces object-valued properties to the IRI of their class.
    var coercesToClasses: Bool { self == .initial }

    /// How XML Schema datatypes are written: up to 3.0.1 as `xsd:` compact IRIs, with `xsd:` declared;
    /// from 3.0.2 in full. Both use the namespace `https://www.w3.org/2001/XMLSchema#`, with `https`.
    var datatypes: Vocabulary {
        self <= .v3_0_1 ? Vocabulary.xsdHTTPS.compact("xsd") : .xsdHTTPS
    }

    /// The IRI of `image` inside the Achievement, AchievementSubject and Profile types (none in the first
    /// edition).
    var scopedImageIRI: String? {
        let ob = Vocabulary.openBadges3
        return switch self {
        case .initial: nil
        case .v3_0_1, .v3_0_2: ob.Image
        case .v3_0_3: ob.image
        }
    }

    /// The IRI of the top-level `image`.
    var imageIRI: String {
        let ob = Vocabulary.openBadges3
        return self == .v3_0_2 ? ob.Image : ob.image
    }

    /// The IRI of AchievementSubject's `achievement`.
    var achievementIRI: String {
        let ob = Vocabulary.openBadges3
        return switch self {
        case .initial: ob.Achievement
        case .v3_0_1, .v3_0_2: ob["achievement-0"]
        case .v3_0_3: ob.achievement
        }
    }

    /// `awardedDate` is defined in 3.0.1 and again in 3.0.3, both times typed with the compact IRI
    /// `xsd:dateTime` (3.0.3 does not declare `xsd:`, so there it is an IRI of scheme `xsd`).
    var definesAwardedDate: Bool { self == .v3_0_1 || self == .v3_0_3 }

    /// 3.0.3 adds `inLanguage`, `endorsementJwt` and `jti`.
    var definesLanguageAndJWTTerms: Bool { self >= .v3_0_3 }
}
