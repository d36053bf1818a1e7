/// How a gradebook may spell a rubric level in a text grade: its key in the achievement, and other ways a gradebook writes it.
///
/// A cell matches a level when, ignoring case, Unicode spelling (NFC/NFD) and the difference between
/// spaces, hyphens and underscores, it equals the key or one of the aliases: "Needs Improvement",
/// "needs_improvement" and "NEEDS-IMPROVEMENT" all name `needs-improvement`.
public struct GradebookLevel: Sendable, Equatable {
    public var key: String
    public var aliases: [String]

    public init(key: String, aliases: [String] = []) {
        self.key = key
        self.aliases = aliases
    }

    /// The four-level rubric of Laurel's course model, with aliases in English, Spanish, French,
    /// Portuguese, German, Arabic, Hindi, Chinese and Russian: what a mapping without `levels` reads.
    public static let fourLevelRubric: [GradebookLevel] = builtInAliases.map { GradebookLevel(key: $0.key, aliases: $0.aliases) }

    /// Names the four built-in levels go by. A mapping that lists one of these keys gets these aliases too,
    /// so an achievement can define its rubric by key alone.
    static let builtInAliases: [(key: String, aliases: [String])] = [
        ("poor", ["deficiente", "insuffisant", "fraco", "mangelhaft", "ضعيف", "कमज़ोर", "差", "плохо"]),
        ("needs-improvement", ["needs work", "necesita mejorar", "à améliorer", "precisa melhorar",
                               "verbesserungswürdig", "يحتاج إلى تحسين", "सुधार की आवश्यकता", "需要改进", "требует улучшения"]),
        ("good", ["bueno", "bien", "bom", "gut", "جيد", "अच्छा", "良好", "хорошо"]),
        ("excellent", ["excelente", "ausgezeichnet", "ممتاز", "उत्कृष्ट", "优秀", "отлично"]),
    ]
}
