extension GradebookFormat {
    /// The format a header looks like: Open edX's fixed first columns, Moodle's identity and grade
    /// columns, or else the generic layout.
    public static func detect(header: [String]) -> GradebookFormat {
        if OpenEdXPreset.matches(header) { return .openEdX }
        if MoodlePreset.matches(header) { return .moodle }
        return .generic
    }

    /// The mapping this format's preset proposes for a header; an achievement's mapping overrides it
    /// (see ``GradebookMapping/merged(over:)``). Columns are named by title, or by position when a title
    /// is shared.
    public func proposeMapping(header: [String]) -> GradebookMapping {
        switch self {
        case .generic: GenericPreset.propose(header)
        case .moodle: MoodlePreset.propose(header)
        case .openEdX: OpenEdXPreset.propose(header)
        }
    }
}
