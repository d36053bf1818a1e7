/// Words criteria for people: the Markdown narrative of a rule tree, and the sentence behind each
/// evaluation outcome, in one language. Names of assignments and levels are taken in that language,
/// falling back to the course's default language.
public struct CriteriaWording: Sendable {
    public let outline: CourseOutline
    /// The language wanted (`ar`, `es-MX`).
    public let language: String
    /// The language texts fall back to when a name lacks the wanted one.
    public let defaultLanguage: String
    let phrasebook: any CriteriaPhrasebook

    public init(outline: CourseOutline, language: String, defaultLanguage: String) {
        self.outline = outline
        self.language = language
        self.defaultLanguage = defaultLanguage
        self.phrasebook = CriteriaPhrasebooks.phrasebook(for: language)
    }

    func assignmentName(_ key: String) -> String {
        outline.assignment(key)?.name.resolved(for: language, fallback: defaultLanguage) ?? key
    }

    func levelName(_ key: String) -> String {
        outline.rubric.levels.first { $0.key.isByteEqual(to: key) }?.name.resolved(for: language, fallback: defaultLanguage) ?? key
    }

    // MARK: Narrative

    /// The criteria as a Markdown list: an introduction, one numbered line per requirement (the members
    /// of a top-level all-of), nested groups as indented bullets, and a note that the best grade counts
    /// when grades are involved.
    public func narrative(for rule: CriteriaRule) -> String {
        var lines = [phrasebook.intro]
        let top: [CriteriaRule]
        if case .allOf(let rules) = rule { top = rules } else { top = [rule] }
        for (index, child) in top.enumerated() {
            lines.append("\(index + 1). " + line(for: child))
            appendNested(child, depth: 1, into: &lines)
        }
        if rule.involvesGrades { lines.append(""); lines.append(phrasebook.bestGradeCounts) }
        return lines.joined(separator: "\n")
    }

    func appendNested(_ rule: CriteriaRule, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "   ", count: depth)
        for child in rule.children {
            lines.append(indent + "- " + line(for: child))
            appendNested(child, depth: depth + 1, into: &lines)
        }
    }

    /// One requirement's words (a group gives its lead-in; its members follow as nested lines).
    public func line(for rule: CriteriaRule) -> String {
        switch rule {
        case .allOf: phrasebook.allOfLead
        case .anyOf: phrasebook.anyOfLead
        case .atLeast(let count, _): phrasebook.atLeastLead(count)
        case .assignment(let key, let level): phrasebook.assignment(name: assignmentName(key), level: levelName(level))
        case .assignments(let count, let keys, let level):
            phrasebook.assignments(names: keys.map(assignmentName), count: count, level: levelName(level))
        case .attendance(let count, let recordings):
            phrasebook.attendance(count: count, total: outline.sessions.count, recordingsCount: recordings)
        case .finalProject(let level):
            phrasebook.finalProject(name: assignmentName(outline.finalProject ?? ""), level: levelName(level))
        case .peerReviews(let count): phrasebook.peerReviews(count: count)
        }
    }

    // MARK: Reasons

    /// Why the outcome is what it is, in one sentence ("attended 5 of 8 sessions; 6 needed").
    public func sentence(for outcome: RuleOutcome) -> String {
        switch outcome.reason {
        case .group(let met, let total, let needed):
            let kind: CriteriaGroupKind
            switch outcome.rule {
            case .anyOf: kind = .anyOf
            case .atLeast: kind = .atLeast
            default: kind = .allOf
            }
            return phrasebook.groupReason(kind: kind, met: met, total: total, needed: needed)
        case .attendance(let counted, _, let watched, let total, let needed, let recordings):
            return phrasebook.attendanceReason(counted: counted, watched: watched, total: total, needed: needed,
                                               recordingsCount: recordings)
        case .graded(let key, let standing, let required):
            let best: String?, unrecognized: [String]?
            switch standing {
            case .notGraded: (best, unrecognized) = (nil, nil)
            case .level(let level, _, _): (best, unrecognized) = (levelName(level), nil)
            case .unrecognized(let grades): (best, unrecognized) = (nil, grades)
            }
            return phrasebook.gradedReason(name: assignmentName(key), best: best, unrecognized: unrecognized,
                                           level: levelName(required))
        case .assignments(let met, let below, let notGraded, let needed, let required):
            return phrasebook.assignmentsReason(met: met.count, total: met.count + below.count + notGraded.count, needed: needed,
                                                level: levelName(required), notGraded: notGraded.map(assignmentName))
        case .peerReviews(let given, let needed):
            return phrasebook.peerReviewsReason(given: given, needed: needed)
        }
    }
}
