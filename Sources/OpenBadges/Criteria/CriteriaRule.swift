/// A machine-checked requirement of an achievement. Groups nest (`allOf`, `anyOf`, `atLeast`); the
/// leaves look at one part of a learner's record.
public indirect enum CriteriaRule: Sendable, Equatable {
    /// Every rule must hold.
    case allOf([CriteriaRule])
    /// At least one rule must hold.
    case anyOf([CriteriaRule])
    /// At least `count` of the rules must hold.
    case atLeast(Int, of: [CriteriaRule])
    /// The assignment's best grade is at least `level` (a rubric level key).
    case assignment(String, level: String)
    /// At least `count` of the assignments (all of them when `count` is nil) have a best grade of at
    /// least `level`.
    case assignments(count: Int?, of: [String], level: String)
    /// At least `count` of the course's live sessions attended; with `countRecordings`, a watched
    /// recording counts as attendance.
    case attendance(count: Int, countRecordings: Bool)
    /// The final project's best grade is at least `level`.
    case finalProject(level: String)
    /// At least `count` peer reviews given.
    case peerReviews(count: Int)

    /// The member name this rule has in a definition file (`allOf`, `attendance`...).
    public var kindName: String {
        switch self {
        case .allOf: "allOf"
        case .anyOf: "anyOf"
        case .atLeast: "atLeast"
        case .assignment: "assignment"
        case .assignments: "assignments"
        case .attendance: "attendance"
        case .finalProject: "finalProject"
        case .peerReviews: "peerReviews"
        }
    }

    /// The nested rules of a group; empty for a leaf.
    public var children: [CriteriaRule] {
        switch self {
        case .allOf(let rules), .anyOf(let rules), .atLeast(_, let rules): rules
        default: []
        }
    }

    /// True when the rule or a rule inside it looks at grades (narratives then say that the best of
    /// several attempts counts).
    public var involvesGrades: Bool {
        switch self {
        case .assignment, .assignments, .finalProject: true
        case .allOf(let rules), .anyOf(let rules), .atLeast(_, let rules): rules.contains { $0.involvesGrades }
        case .attendance, .peerReviews: false
        }
    }
}
