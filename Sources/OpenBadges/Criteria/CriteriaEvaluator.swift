/// Applies criteria rules to learner records. Evaluation never fails: what a record lacks (a grade,
/// an attendance mark, a peer-review count) counts as not done, and the reason says so.
public struct CriteriaEvaluator: Sendable {
    public let outline: CourseOutline
    public let rule: CriteriaRule
    /// Where the rule sits in its definition, so outcomes carry paths users can find.
    public let path: JSONPointer

    /// `rule` must have passed `problems(in: outline, at: path)` with no problems: a level it names that
    /// the rubric lacks is then never reached.
    public init(outline: CourseOutline, rule: CriteriaRule, path: JSONPointer = "/criteria") {
        self.outline = outline
        self.rule = rule
        self.path = path
    }

    public func evaluate(_ record: LearnerRecord) -> RuleOutcome {
        evaluate(rule, at: path, record)
    }

    /// Recursion is bounded by `CriteriaRule.maxDepth`, which decoding enforces.
    func evaluate(_ rule: CriteriaRule, at pointer: JSONPointer, _ record: LearnerRecord) -> RuleOutcome {
        let place = pointer.appending(rule.kindName)
        switch rule {
        case .allOf(let rules), .anyOf(let rules), .atLeast(_, let rules):
            let base = rule.kindName == "atLeast" ? place.appending("of") : place
            let children = rules.enumerated().map { evaluate($0.element, at: base.appending($0.offset), record) }
            let met = children.filter(\.satisfied).count
            let needed: Int
            switch rule {
            case .allOf: needed = rules.count
            case .anyOf: needed = min(1, rules.count)
            case .atLeast(let count, _): needed = count
            default: needed = rules.count
            }
            return RuleOutcome(path: place, rule: rule, satisfied: met >= needed,
                               reason: .group(met: met, total: rules.count, needed: needed), children: children)
        case .assignment(let key, let level):
            return graded(rule, key: key, level: level, at: place, record)
        case .finalProject(let level):
            return graded(rule, key: outline.finalProject ?? "", level: level, at: place, record)
        case .assignments(let count, let keys, let level):
            let rank = requiredRank(level)
            var met: [String] = [], below: [String] = [], notGraded: [String] = []
            for key in keys {
                let standing = GradeStanding.best(of: record.grades[key] ?? [], on: outline.rubric)
                if standing == .notGraded {
                    notGraded.append(key)
                } else if standing.reaches(rank) {
                    met.append(key)
                } else {
                    below.append(key)
                }
            }
            let needed = count ?? keys.count
            return RuleOutcome(path: place, rule: rule, satisfied: met.count >= needed,
                               reason: .assignments(met: met, below: below, notGraded: notGraded, needed: needed, required: level))
        case .attendance(let count, let recordings):
            var attended = 0, watched = 0
            for session in outline.sessions {
                switch record.attendance[session] {
                case .attended: attended += 1
                case .watchedRecording: watched += 1
                case .absent, nil: break
                }
            }
            let counted = attended + (recordings ? watched : 0)
            return RuleOutcome(path: place, rule: rule, satisfied: counted >= count,
                               reason: .attendance(counted: counted, attended: attended, watched: watched,
                                                   total: outline.sessions.count, needed: count, recordingsCount: recordings))
        case .peerReviews(let count):
            let given = record.peerReviewsGiven
            return RuleOutcome(path: place, rule: rule, satisfied: (given ?? 0) >= count,
                               reason: .peerReviews(given: given, needed: count))
        }
    }

    func graded(_ rule: CriteriaRule, key: String, level: String, at place: JSONPointer, _ record: LearnerRecord) -> RuleOutcome {
        let standing = GradeStanding.best(of: record.grades[key] ?? [], on: outline.rubric)
        return RuleOutcome(path: place, rule: rule, satisfied: standing.reaches(requiredRank(level)),
                           reason: .graded(assignment: key, standing: standing, required: level))
    }

    /// The rank a rule's level demands; an unknown level (which loading refuses) is unreachable.
    func requiredRank(_ level: String) -> Int {
        outline.rubric.levels.firstIndex { $0.key.isByteEqual(to: level) } ?? Int.max
    }
}
