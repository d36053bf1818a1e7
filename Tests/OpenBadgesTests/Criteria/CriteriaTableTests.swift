import OpenBadges
import Testing

/// One learner record against one rule: the decision and, where it matters, the English reason.
struct CriteriaCase: CustomTestStringConvertible, Sendable {
    let name: String
    let rule: CriteriaRule
    let record: LearnerRecord
    let satisfied: Bool
    let sentence: String?

    var testDescription: String { name }
}

@Suite("Criteria evaluation, table-driven")
struct CriteriaTableTests {
    typealias S = CriteriaSamples

    static func record(_ id: String, grades: [String: [Grade]] = [:], attendance: [String: Attendance] = [:],
                       peerReviews: Int? = nil) -> LearnerRecord {
        LearnerRecord(id: id, grades: grades, attendance: attendance, peerReviewsGiven: peerReviews)
    }

    static let attendance6 = CriteriaRule.attendance(count: 6, countRecordings: false)
    static let attendance6WithRecordings = CriteriaRule.attendance(count: 6, countRecordings: true)
    static let partnerMapGood = CriteriaRule.assignment("partner-map", level: "good")
    static let allAssignmentsGood = CriteriaRule.assignments(count: nil, of: S.assignmentKeys, level: "good")
    static let threeOfFourGood = CriteriaRule.assignments(count: 3, of: S.assignmentKeys, level: "good")
    static let pitchGood = CriteriaRule.finalProject(level: "good")
    static let twoReviews = CriteriaRule.peerReviews(count: 2)

    static let cases: [CriteriaCase] = {
        var cases: [CriteriaCase] = []
        func add(_ name: String, _ rule: CriteriaRule, _ record: LearnerRecord, _ satisfied: Bool, _ sentence: String? = nil) {
            cases.append(CriteriaCase(name: name, rule: rule, record: record, satisfied: satisfied, sentence: sentence))
        }
        // The whole course rule.
        add("complete learner earns the course", S.courseRule, S.complete(), true, "4 of 4 requirements met; all 4 needed")
        add("empty record: nothing met, nothing fails", S.courseRule, record("empty"), false, "0 of 4 requirements met; all 4 needed")
        var fiveSessions = S.complete("five-sessions")
        fiveSessions.attendance = S.attendance(attended: 5)
        add("everything but one session short", S.courseRule, fiveSessions, false, "3 of 4 requirements met; all 4 needed")
        add("numeric grades exactly at the good threshold earn the course", S.courseRule,
            record("scores-70", grades: S.allGraded(.score(70)), attendance: S.attendance(attended: 6), peerReviews: 2), true)
        add("numeric grades just below the threshold do not", S.courseRule,
            record("scores-69.9", grades: S.allGraded(.score(69.9)), attendance: S.attendance(attended: 8), peerReviews: 2), false)
        add("recordings make up the sessions for the course rule", S.courseRule,
            record("recordings", grades: S.allGraded(.level("excellent")), attendance: S.attendance(attended: 2, watched: 4), peerReviews: 2),
            true)

        // Attendance.
        add("attendance exactly at the threshold", attendance6, record("a6", attendance: S.attendance(attended: 6)), true,
            "attended 6 of 8 sessions; 6 needed")
        add("attendance just below", attendance6, record("a5", attendance: S.attendance(attended: 5)), false,
            "attended 5 of 8 sessions; 6 needed")
        add("recordings counted", attendance6WithRecordings, record("r", attendance: S.attendance(attended: 4, watched: 2)), true,
            "attended or watched 6 of 8 sessions; 6 needed")
        add("recordings not counted", attendance6, record("r", attendance: S.attendance(attended: 4, watched: 2)), false,
            "attended 4 of 8 sessions; 6 needed (2 recordings watched, which this rule does not count)")
        add("sessions outside the course do not count", attendance6,
            record("extra", attendance: S.attendance(attended: 5).merging(["session-9": .attended, "bonus": .attended]) { $1 }), false,
            "attended 5 of 8 sessions; 6 needed")
        add("no attendance marks at all", attendance6WithRecordings, record("none"), false,
            "attended or watched 0 of 8 sessions; 6 needed")

        // One assignment.
        add("grade exactly at the threshold reaches the level", partnerMapGood, record("70", grades: ["partner-map": [.score(70)]]), true,
            "“Partner map”: best grade Good; Good or better needed")
        add("grade just below the threshold", partnerMapGood, record("69.99", grades: ["partner-map": [.score(69.99)]]), false,
            "“Partner map”: best grade Needs improvement; Good or better needed")
        add("missing grade is not graded, not an error", partnerMapGood, record("missing"), false,
            "“Partner map”: not graded; Good or better needed")
        add("empty attempt list is not graded", partnerMapGood, record("no-attempts", grades: ["partner-map": []]), false,
            "“Partner map”: not graded; Good or better needed")
        add("resubmission: the later, better grade counts", partnerMapGood,
            record("better", grades: ["partner-map": [.score(40), .score(75)]]), true)
        add("resubmission: a later, worse grade does not undo the best", partnerMapGood,
            record("worse", grades: ["partner-map": [.level("excellent"), .level("poor")]]), true,
            "“Partner map”: best grade Excellent; Good or better needed")
        add("resubmission: numeric then worse numeric", partnerMapGood,
            record("worse-scores", grades: ["partner-map": [.score(92), .score(30)]]), true)
        add("resubmission: every attempt below", partnerMapGood,
            record("all-below", grades: ["partner-map": [.level("poor"), .level("needs-improvement")]]), false)
        add("mixed levels and scores: best of both", partnerMapGood,
            record("mixed", grades: ["partner-map": [.level("needs-improvement"), .score(71)]]), true)
        add("level keys match ignoring case", partnerMapGood, record("case", grades: ["partner-map": [.level("GOOD")]]), true)
        add("an unknown level is reported, not thrown", partnerMapGood, record("great", grades: ["partner-map": [.level("great")]]), false,
            "“Partner map”: the grade “great” matches no level; Good or better needed")
        add("a negative score is below every threshold", partnerMapGood, record("neg", grades: ["partner-map": [.score(-5)]]), false,
            "“Partner map”: the grade “-5” matches no level; Good or better needed")
        add("a non-finite score maps to no level", partnerMapGood, record("nan", grades: ["partner-map": [.score(.nan)]]), false)
        add("grades for other assignments do not count", partnerMapGood, record("other", grades: ["meeting-plan": [.level("excellent")]]),
            false, "“Partner map”: not graded; Good or better needed")

        // N of M assignments.
        add("all four assignments good", allAssignmentsGood, record("all", grades: S.allGraded(.level("good"))), true,
            "4 of 4 assignments graded Good or better; 4 needed")
        var oneMissing = S.allGraded(.level("good"))
        oneMissing["meeting-plan"] = nil
        add("one of four missing", allAssignmentsGood, record("missing-one", grades: oneMissing), false,
            "3 of 4 assignments graded Good or better; 4 needed; not graded: “Meeting plan”")
        var onePoor = S.allGraded(.level("good"))
        onePoor["outreach-email"] = [.level("poor")]
        add("3 of 4 needed, one poor", threeOfFourGood, record("one-poor", grades: onePoor), true,
            "3 of 4 assignments graded Good or better; 3 needed")
        var twoMissing = S.allGraded(.level("excellent"))
        twoMissing["partner-map"] = nil
        twoMissing["agreement-outline"] = nil
        add("3 of 4 needed, two missing", threeOfFourGood, record("two-missing", grades: twoMissing), false,
            "2 of 4 assignments graded Good or better; 3 needed; not graded: “Partner map” and “Partnership agreement outline”")

        // Final project.
        add("final project excellent", pitchGood, record("pitch", grades: ["final-pitch": [.level("excellent")]]), true,
            "“Final pitch”: best grade Excellent; Good or better needed")
        add("final project needs improvement", pitchGood, record("pitch-ni", grades: ["final-pitch": [.score(55)]]), false,
            "“Final pitch”: best grade Needs improvement; Good or better needed")
        add("final project resubmitted to good", pitchGood,
            record("pitch-re", grades: ["final-pitch": [.level("needs-improvement"), .level("good")]]), true)
        add("final project missing", pitchGood, record("no-pitch"), false, "“Final pitch”: not graded; Good or better needed")

        // Peer reviews.
        add("peer reviews exactly at the count", twoReviews, record("p2", peerReviews: 2), true, "gave 2 peer reviews; 2 needed")
        add("one peer review short", twoReviews, record("p1", peerReviews: 1), false, "gave 1 peer review; 2 needed")
        add("peer reviews not recorded", twoReviews, record("p-nil"), false, "no peer reviews recorded; 2 needed")

        // Groups and nesting.
        let eitherPitchOrReviews = CriteriaRule.anyOf([pitchGood, .peerReviews(count: 5)])
        add("any-of: the second alternative", eitherPitchOrReviews, record("any", peerReviews: 5), true,
            "1 of 2 alternatives met; 1 needed")
        add("any-of: neither", eitherPitchOrReviews, record("any-none", peerReviews: 4), false, "0 of 2 alternatives met; 1 needed")
        let twoOfThree = CriteriaRule.atLeast(2, of: [attendance6, pitchGood, twoReviews])
        add("at-least-2-of-3 met by attendance and reviews", twoOfThree,
            record("n-of", attendance: S.attendance(attended: 7), peerReviews: 2), true, "2 of 3 requirements met; 2 needed")
        add("at-least-2-of-3 with only the pitch", twoOfThree, record("n-of-1", grades: ["final-pitch": [.level("good")]]), false,
            "1 of 3 requirements met; 2 needed")
        let nested = CriteriaRule.allOf([
            .anyOf([.assignment("partner-map", level: "excellent"), .assignment("meeting-plan", level: "excellent")]),
            .atLeast(1, of: [.allOf([twoReviews, attendance6WithRecordings]), pitchGood]),
        ])
        add("nested groups: excellence in one assignment and the pitch", nested,
            record("nested", grades: ["meeting-plan": [.score(95)], "final-pitch": [.level("good")]]), true)
        add("nested groups: inner all-of half met", nested,
            record("nested-half", grades: ["partner-map": [.level("excellent")]], attendance: S.attendance(attended: 8), peerReviews: 1),
            false, "1 of 2 requirements met; all 2 needed")
        return cases
    }()

    @Test("the table covers at least 30 records and every rule kind")
    func coverage() {
        #expect(Self.cases.count >= 30)
        var kinds = Set<String>()
        func collect(_ rule: CriteriaRule) {
            kinds.insert(rule.kindName)
            rule.children.forEach(collect)
        }
        Self.cases.map(\.rule).forEach(collect)
        #expect(kinds == ["allOf", "anyOf", "atLeast", "assignment", "assignments", "attendance", "finalProject", "peerReviews"])
        #expect(Self.cases.contains { !$0.satisfied } && Self.cases.contains { $0.satisfied })
    }

    @Test("each record gets the expected decision and reason", arguments: cases)
    func evaluate(_ entry: CriteriaCase) {
        let evaluator = CriteriaEvaluator(outline: S.outline, rule: entry.rule)
        #expect(entry.rule.problems(in: S.outline, at: "/criteria").isEmpty)
        let outcome = evaluator.evaluate(entry.record)
        #expect(outcome.satisfied == entry.satisfied)
        if let sentence = entry.sentence {
            let wording = CriteriaWording(outline: S.outline, language: "en", defaultLanguage: "en")
            #expect(wording.sentence(for: outcome) == sentence)
        }
        // A group's verdict agrees with its children's.
        for each in outcome.flattened {
            if case .group(let met, let total, let needed) = each.reason {
                #expect(met == each.children.filter(\.satisfied).count)
                #expect(total == each.children.count)
                #expect(each.satisfied == (met >= needed))
            }
        }
    }

    @Test("outcome paths are the rules' JSON pointers in the definition")
    func paths() {
        let outcome = CriteriaEvaluator(outline: S.outline, rule: S.courseRule).evaluate(S.complete())
        #expect(outcome.flattened.map(\.path.description) == [
            "/criteria/allOf", "/criteria/allOf/0/attendance", "/criteria/allOf/1/assignments",
            "/criteria/allOf/2/finalProject", "/criteria/allOf/3/peerReviews",
        ])
        let nested = CriteriaRule.atLeast(1, of: [.anyOf([.peerReviews(count: 1)])])
        let paths = CriteriaEvaluator(outline: S.outline, rule: nested).evaluate(S.complete()).flattened.map(\.path.description)
        #expect(paths == ["/criteria/atLeast", "/criteria/atLeast/of/0/anyOf", "/criteria/atLeast/of/0/anyOf/0/peerReviews"])
    }

    @Test("grade mapping: thresholds, keys and the best of several attempts")
    func gradeStanding() {
        #expect(GradeStanding.best(of: [], on: S.rubric) == .notGraded)
        #expect(GradeStanding.best(of: [.score(90)], on: S.rubric) == .level(key: "excellent", rank: 3, attempts: 1))
        #expect(GradeStanding.best(of: [.score(89.999)], on: S.rubric) == .level(key: "good", rank: 2, attempts: 1))
        #expect(GradeStanding.best(of: [.score(0)], on: S.rubric) == .level(key: "poor", rank: 0, attempts: 1))
        #expect(GradeStanding.best(of: [.score(.infinity)], on: S.rubric) == .unrecognized(grades: ["inf"]))
        #expect(GradeStanding.best(of: [.level("bogus"), .score(50)], on: S.rubric)
            == .level(key: "needs-improvement", rank: 1, attempts: 2))
        // A scale without thresholds cannot place numbers.
        let keysOnly = RubricScale(levels: S.rubric.levels.map { RubricLevel(key: $0.key, name: $0.name) })
        #expect(!keysOnly.acceptsScores)
        #expect(GradeStanding.best(of: [.score(99)], on: keysOnly) == .unrecognized(grades: ["99"]))
    }
}
