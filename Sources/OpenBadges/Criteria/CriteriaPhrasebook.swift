/// The words of criteria narratives and evaluation reasons in one language. Names arrive already
/// translated (an assignment's or level's name in the reader's language); the phrasebook supplies the
/// grammar around them, including plural forms.
///
/// Texts are plain: a right-to-left language's direction is carried by its language tag, never by
/// control characters in the text.
public protocol CriteriaPhrasebook: Sendable {
    /// The primary language subtag this phrasebook writes (`en`, `es`, `fr`, `ar`).
    var language: String { get }

    func quote(_ name: String) -> String
    /// "A, B and C".
    func list(_ items: [String]) -> String

    // Narrative
    var intro: String { get }
    var allOfLead: String { get }
    var anyOfLead: String { get }
    func atLeastLead(_ count: Int) -> String
    func attendance(count: Int, total: Int, recordingsCount: Bool) -> String
    func assignment(name: String, level: String) -> String
    func assignments(names: [String], count: Int?, level: String) -> String
    func finalProject(name: String, level: String) -> String
    func peerReviews(count: Int) -> String
    var bestGradeCounts: String { get }

    // Reasons
    func attendanceReason(counted: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool) -> String
    func gradedReason(name: String, best: String?, unrecognized: [String]?, level: String) -> String
    func assignmentsReason(met: Int, total: Int, needed: Int, level: String, notGraded: [String]) -> String
    func peerReviewsReason(given: Int?, needed: Int) -> String
    func groupReason(kind: CriteriaGroupKind, met: Int, total: Int, needed: Int) -> String
}

/// Which group a reason speaks of, for wording ("requirements" for all-of, "alternatives" for any-of).
public enum CriteriaGroupKind: Sendable, Equatable {
    case allOf, anyOf, atLeast
}

/// The phrasebooks Laurel ships, by primary language subtag.
public enum CriteriaPhrasebooks {
    public static let all: [any CriteriaPhrasebook] = [EnglishPhrasebook(), SpanishPhrasebook(), FrenchPhrasebook(), ArabicPhrasebook()]

    /// The languages narratives can be generated in.
    public static var languages: [String] { all.map(\.language) }

    /// The phrasebook for `language` (`es-MX` gets Spanish); English when Laurel has none for it.
    public static func phrasebook(for language: String) -> any CriteriaPhrasebook {
        let primary = LanguageTag.primary(language)
        return all.first { $0.language == primary } ?? EnglishPhrasebook()
    }

    /// True when `language` has its own phrasebook (and does not fall back to English).
    public static func supports(_ language: String) -> Bool {
        all.contains { $0.language == LanguageTag.primary(language) }
    }
}
