/// English criteria wording.
struct EnglishPhrasebook: CriteriaPhrasebook {
    let language = "en"

    func quote(_ name: String) -> String { "“\(name)”" }

    func list(_ items: [String]) -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        case 2: "\(items[0]) and \(items[1])"
        default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    func plural(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }

    let intro = "To earn this achievement, the learner must:"
    let allOfLead = "all of the following:"
    let anyOfLead = "at least one of the following:"
    func atLeastLead(_ count: Int) -> String { "at least \(count) of the following:" }

    func attendance(count: Int, total: Int, recordingsCount: Bool) -> String {
        let base = count == total
            ? (total == 1 ? "attend the live session" : "attend all \(total) live sessions")
            : "attend at least \(count) of the \(total) live sessions"
        return recordingsCount ? base + " (watching a session's recording counts as attending)" : base
    }

    func assignment(name: String, level: String) -> String {
        "have the assignment \(quote(name)) graded \(quote(level)) or better"
    }

    func assignments(names: [String], count: Int?, level: String) -> String {
        let quoted = list(names.map(quote))
        if let count, count < names.count {
            return "have at least \(count) of the assignments \(quoted) graded \(quote(level)) or better"
        }
        return "have each of the assignments \(quoted) graded \(quote(level)) or better"
    }

    func finalProject(name: String, level: String) -> String {
        "have the final project \(quote(name)) graded \(quote(level)) or better"
    }

    func peerReviews(count: Int) -> String { "give at least \(plural(count, "peer review", "peer reviews"))" }

    let bestGradeCounts = "Work may be resubmitted; the best grade counts."

    func attendanceReason(counted: Int, watched: Int, total: Int, needed: Int, recordingsCount: Bool) -> String {
        var text = (recordingsCount ? "attended or watched" : "attended") + " \(counted) of \(total) sessions; \(needed) needed"
        if !recordingsCount && watched > 0 {
            text += " (\(plural(watched, "recording", "recordings")) watched, which this rule does not count)"
        }
        return text
    }

    func gradedReason(name: String, best: String?, unrecognized: [String]?, level: String) -> String {
        let standing: String
        if let best {
            standing = "best grade \(best)"
        } else if let unrecognized {
            standing = "the grade \(list(unrecognized.map(quote))) matches no level"
        } else {
            standing = "not graded"
        }
        return "\(quote(name)): \(standing); \(level) or better needed"
    }

    func assignmentsReason(met: Int, total: Int, needed: Int, level: String, notGraded: [String]) -> String {
        var text = "\(met) of \(total) assignments graded \(level) or better; \(needed) needed"
        if !notGraded.isEmpty { text += "; not graded: \(list(notGraded.map(quote)))" }
        return text
    }

    func peerReviewsReason(given: Int?, needed: Int) -> String {
        guard let given else { return "no peer reviews recorded; \(needed) needed" }
        return "gave \(plural(given, "peer review", "peer reviews")); \(needed) needed"
    }

    func groupReason(kind: CriteriaGroupKind, met: Int, total: Int, needed: Int) -> String {
        switch kind {
        case .allOf: "\(met) of \(total) requirements met; all \(total) needed"
        case .anyOf: "\(met) of \(total) alternatives met; 1 needed"
        case .atLeast: "\(met) of \(total) requirements met; \(needed) needed"
        }
    }
}
