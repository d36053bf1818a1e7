/// An achievement as a course organiser writes it (Laurel's own format, JSON or YAML, described by
/// `schemas/achievement.schema.json`): texts in several languages, the course's sessions, assignments
/// and rubric, the rules a learner's record must meet, and alignments to a skills framework.
///
/// Load one with `AchievementDefinition.load(_:format:file:framework:)`, which refuses a definition
/// whose rules name unknown assignments or levels. From a loaded definition:
/// `achievement(language:)` gives the OB 3.0 `Achievement` in one language, and `evaluate(_:)` decides
/// whether a learner has earned it.
public struct AchievementDefinition: Sendable, Equatable {
    /// The achievement's URI (the OB 3.0 `Achievement.id`); rubric levels and result descriptions get
    /// URIs beneath it.
    public var id: String
    /// The language every text must have, and the one texts fall back to.
    public var defaultLanguage: String
    public var name: LocalizedText
    public var description: LocalizedText
    public var achievementType: AchievementType?
    public var humanCode: String?
    public var image: DefinitionImage?
    public var tags: [String]
    /// The framework the alignments point into (checked at load), if any.
    public var framework: SkillsFramework?
    public var alignments: [AlignmentReference]
    /// The session keys (`session-1` …), the keys of `LearnerRecord.attendance` that count.
    public var sessions: [String]
    /// Graded work, the final project included.
    public var assignments: [CourseAssignment]
    /// The key of the final project among `assignments`.
    public var finalProject: String?
    public var rubric: RubricScale
    /// Results a credential reports: the level reached on a named piece of work.
    public var results: [DefinitionResult]
    public var criteria: CriteriaRule
    /// The criteria as the author wrote them; when absent, the narrative is generated from the rules.
    public var narrative: LocalizedText?
    /// The gradebook column mapping, owned by the gradebook importer and kept here as written.
    public var gradebook: JSON?

    /// What criteria rules can name.
    public var outline: CourseOutline {
        CourseOutline(sessions: sessions, assignments: assignments, finalProject: finalProject, rubric: rubric)
    }

    /// Every language some text of the definition is written in, sorted.
    public var languages: [String] {
        var all = Set(name.languages).union(description.languages)
        if let narrative { all.formUnion(narrative.languages) }
        return all.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The language a reader of `requested` gets: the definition's closest language, else the default.
    public func resolvedLanguage(_ requested: String) -> String {
        LanguageTag.bestMatch(for: requested, among: name.languages) ?? defaultLanguage
    }

    /// The URI of a rubric level in the OB 3.0 achievement.
    public func levelID(_ key: String) -> String { id + "/levels/" + key }

    /// The URI of a result description in the OB 3.0 achievement.
    public func resultID(_ key: String) -> String { id + "/results/" + key }
}

/// The badge image and its caption per language.
public struct DefinitionImage: Sendable, Equatable {
    /// The image URI (often a `data:` URI).
    public var id: String
    public var caption: LocalizedText

    public init(id: String, caption: LocalizedText = LocalizedText()) {
        self.id = id
        self.caption = caption
    }
}

/// An alignment as written: a framework item named by its code or its identifier.
public enum AlignmentReference: Sendable, Equatable {
    case code(String)
    case id(String)

    func item(in framework: SkillsFramework) -> FrameworkItem? {
        switch self {
        case .code(let code): framework.item(code: code)
        case .id(let id): framework.item(id: id)
        }
    }
}

/// A result a credential can report: the rubric level the learner's best attempt at `assignment`
/// reached, and optionally the level required to pass.
public struct DefinitionResult: Sendable, Equatable {
    public var key: String
    public var name: LocalizedText
    public var assignment: String
    public var requiredLevel: String?

    public init(key: String, name: LocalizedText, assignment: String, requiredLevel: String? = nil) {
        self.key = key
        self.name = name
        self.assignment = assignment
        self.requiredLevel = requiredLevel
    }
}
