/// What criteria rules can name: the course's live sessions, graded assignments (one of which may be the
/// final project) and rubric scale. A rule naming anything else is a definition error.
public struct CourseOutline: Sendable, Equatable {
    /// The session keys, in course order (`session-1` … `session-8`): the keys of
    /// `LearnerRecord.attendance` that count.
    public var sessions: [String]
    public var assignments: [CourseAssignment]
    /// The key of the assignment that is the final project, if the course has one.
    public var finalProject: String?
    public var rubric: RubricScale

    public init(sessions: [String], assignments: [CourseAssignment], finalProject: String? = nil, rubric: RubricScale) {
        self.sessions = sessions
        self.assignments = assignments
        self.finalProject = finalProject
        self.rubric = rubric
    }

    public func assignment(_ key: String) -> CourseAssignment? { assignments.first { $0.key.isByteEqual(to: key) } }
}

/// A graded piece of work: its key (the key of `LearnerRecord.grades`) and its name per language.
public struct CourseAssignment: Sendable, Equatable {
    public var key: String
    public var name: LocalizedText

    public init(key: String, name: LocalizedText) {
        self.key = key
        self.name = name
    }
}
