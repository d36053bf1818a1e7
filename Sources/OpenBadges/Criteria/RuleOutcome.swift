/// The verdict of one rule on one learner, with the facts behind it, and the verdicts of the rules
/// inside it. `sentence(in:)` words the reason for a person.
public struct RuleOutcome: Sendable, Equatable {
    /// The rule's path in the definition (`/criteria/allOf/2/attendance`).
    public let path: JSONPointer
    public let rule: CriteriaRule
    public let satisfied: Bool
    public let reason: RuleReason
    public let children: [RuleOutcome]

    public init(path: JSONPointer, rule: CriteriaRule, satisfied: Bool, reason: RuleReason, children: [RuleOutcome] = []) {
        self.path = path
        self.rule = rule
        self.satisfied = satisfied
        self.reason = reason
        self.children = children
    }

    /// This outcome and every outcome inside it, depth first.
    public var flattened: [RuleOutcome] { [self] + children.flatMap(\.flattened) }
}

/// The facts a rule's verdict rests on.
public enum RuleReason: Sendable, Equatable {
    /// A group: `met` of its `total` rules hold, and `needed` must.
    case group(met: Int, total: Int, needed: Int)
    /// Sessions: `attended` live, `watched` by recording, `counted` of them towards the rule (recordings
    /// count only when the rule says so), out of `total`; `needed` must count.
    case attendance(counted: Int, attended: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool)
    /// One graded piece of work (an assignment or the final project) against the `required` level.
    case graded(assignment: String, standing: GradeStanding, required: String)
    /// Several assignments: which reached `required`, which fell short, which were never graded.
    case assignments(met: [String], below: [String], notGraded: [String], needed: Int, required: String)
    /// Peer reviews given (`nil` when the record does not say) against those `needed`.
    case peerReviews(given: Int?, needed: Int)
}
