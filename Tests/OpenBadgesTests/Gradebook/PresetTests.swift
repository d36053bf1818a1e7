import OpenBadges
import Testing

/// What each format's preset proposes from a header, and how a given mapping overrides it.
@Suite struct PresetTests {
    static let moodleHeader = [
        "First name", "Last name", "ID number", "Institution", "Department", "Email address",
        "Assignment: Partner map (Real)", "Assignment: Partner map (Percentage)", "Assignment: Partner map (Feedback)",
        "Quiz: Week 2 check-in (Percentage)", "Quiz: Week 2 check-in (Letter)", "Forum: Introductions (Letter)",
        "Quiz: Partner map (Real)", "Workshop: Peer review round (Real)", "Session 3 attendance (Real)",
        "Live session 4 (Real)", "Peer reviews given (Real)", "Fieldwork total (Real)", "Course total (Real)",
        "Last downloaded from this course",
    ]

    @Test func detectsTheFormat() {
        #expect(GradebookFormat.detect(header: Self.moodleHeader) == .moodle)
        #expect(GradebookFormat.detect(header: ["First name", "Surname", "ID number", "Email address"]) == .moodle)
        #expect(GradebookFormat.detect(header: ["Student ID", "Email", "Username", "Grade", "Homework 1: A"]) == .openEdX)
        #expect(GradebookFormat.detect(header: ["id", "name", "Assignment: X (Real)"]) == .generic)
        #expect(GradebookFormat.detect(header: ["Email", "Username", "Student ID", "Grade"]) == .generic)
    }

    @Test func moodleProposal() {
        let mapping = GradebookFormat.moodle.proposeMapping(header: Self.moodleHeader)
        #expect(mapping.format == .moodle)
        #expect(mapping.learner == LearnerColumns(
            id: .header("Email address"), name: .parts(given: .header("First name"), family: .header("Last name")),
            email: .header("Email address")))
        #expect(mapping.assignments == [
            // Real is preferred to Percentage for the same item; Letter-only items and feedback are left alone.
            AssignmentColumns(key: "partner-map", columns: [.header("Assignment: Partner map (Real)")]),
            AssignmentColumns(key: "week-2-check-in", columns: [.header("Quiz: Week 2 check-in (Percentage)")]),
            // Two activities with one name get two keys.
            AssignmentColumns(key: "quiz-partner-map", columns: [.header("Quiz: Partner map (Real)")]),
            AssignmentColumns(key: "peer-review-round", columns: [.header("Workshop: Peer review round (Real)")]),
            AssignmentColumns(key: "peer-reviews-given", columns: [.header("Peer reviews given (Real)")]),
            AssignmentColumns(key: "course-total", columns: [.header("Course total (Real)")]),
        ])
        #expect(mapping.sessions == [SessionColumn(key: "session-3", column: .header("Session 3 attendance (Real)")),
                                     SessionColumn(key: "session-4", column: .header("Live session 4 (Real)"))])
    }

    @Test func moodleProposalWithUsernameAndLanguage() {
        let header = ["Username", "First name", "Surname", "Preferred language", "Assignment: Mapa de aliados (Real)"]
        let mapping = GradebookFormat.moodle.proposeMapping(header: header)
        #expect(mapping.learner.id == .header("Username"))
        #expect(mapping.learner.name == .parts(given: .header("First name"), family: .header("Surname")))
        #expect(mapping.learner.preferredLanguage == .header("Preferred language"))
        #expect(mapping.assignments.map(\.key) == ["mapa-de-aliados"])
    }

    @Test func openEdXProposal() {
        let header = [
            "Student ID", "Email", "Username", "Grade", "Homework 1: Partner map", "Homework 2: ",
            "Homework 3: Maps, routes and \"shortcuts\"", "Homework (Avg)", "Lab 1: Partner map", "Lab 2: Survey",
            "Lab (Avg)", "Final Project", "Cohort Name", "Experiment Group (Pacing)", "Team Name", "Enrollment Track",
            "Verification Status", "Certificate Eligible", "Certificate Delivered", "Certificate Type", "Enrollment Status",
        ]
        let mapping = GradebookFormat.openEdX.proposeMapping(header: header)
        #expect(mapping.learner == LearnerColumns(id: .header("Username"), email: .header("Email")))
        #expect(mapping.assignments.map(\.key) == [
            "course-total", "partner-map", "homework-2", "maps-routes-and-shortcuts", "lab-1-partner-map", "survey",
            "final-project",
        ])
        #expect(mapping.assignments[3].columns == [.header("Homework 3: Maps, routes and \"shortcuts\"")])
        #expect(mapping.sessions.isEmpty)
    }

    @Test func genericProposal() {
        let header = [
            "E-mail", "Given name", "Family name", "Lang", "Partner map (attempt 2)", "Partner map (attempt 1)",
            "Interview notes", "Session 1", "session-2", "Attendance week 3", "Peer reviews given", "Notes",
            "# scratch", "Comments for mentor", "", "Final project",
        ]
        let mapping = GradebookFormat.generic.proposeMapping(header: header)
        #expect(mapping.learner == LearnerColumns(
            name: .parts(given: .header("Given name"), family: .header("Family name")), email: .header("E-mail"),
            preferredLanguage: .header("Lang")))
        #expect(mapping.assignments == [
            AssignmentColumns(key: "partner-map",
                              columns: [.header("Partner map (attempt 1)"), .header("Partner map (attempt 2)")]),
            AssignmentColumns(key: "interview-notes", columns: [.header("Interview notes")]),
            AssignmentColumns(key: "final-project", columns: [.header("Final project")]),
        ])
        #expect(mapping.sessions.map(\.key) == ["session-1", "session-2", "session-3"])
        #expect(mapping.peerReviews == .header("Peer reviews given"))
    }

    @Test func sharedTitlesAreProposedByPosition() {
        let mapping = GradebookFormat.generic.proposeMapping(header: ["id", "Quiz", "Quiz"])
        #expect(mapping.assignments == [AssignmentColumns(key: "quiz", columns: [.position(2)]),
                                        AssignmentColumns(key: "quiz-2", columns: [.position(3)])])
    }

    @Test func slugsKeepEveryScript() {
        let mapping = GradebookFormat.generic.proposeMapping(header: [
            "id", "Mapa de aliados (versión 2)", "خريطة الشركاء", "साझेदार मानचित्र", "合作伙伴地图", "Карта партнёров", "???",
        ])
        #expect(mapping.assignments.map(\.key) == [
            "mapa-de-aliados-versión-2", "خريطة-الشركاء", "साझेदार-मानचित्र", "合作伙伴地图", "карта-партнёров", "column-7",
        ])
    }

    // MARK: Overriding the proposal

    static let moodleFile = """
        First name,Last name,Email address,Assignment: Partner map (Real),Session 1 (Real),Peer reviews given (Real),Course total (Real)
        Ana,Márquez,ana@example.org,Good,Present,3.00,80.00
        """

    @Test func aGivenMappingOverridesTheProposal() throws {
        let mapping = try GradebookTesting.mapping(#"""
            {"assignments": {"map": "Assignment: Partner map (Real)"}, "peerReviews": "Peer reviews given (Real)",
             "sessions": {"week-1": "Session 1 (Real)"}}
            """#)
        let result = try GradebookTesting.importText(Self.moodleFile, mapping: mapping)
        let ana = try #require(result.learner("ana@example.org"))
        // The columns the mapping claims are no longer proposed under their own keys.
        #expect(ana.grades == ["map": [.level("good")], "course-total": [.score(80)]])
        #expect(ana.attendance == ["week-1": .attended])
        #expect(ana.peerReviewsGiven == 3)
        #expect(result.mapping.assignments.map(\.key) == ["map", "course-total"])
        #expect(result.unmappedColumns.isEmpty)
    }

    @Test func onlyListedDropsTheProposedAssignments() throws {
        let mapping = try GradebookTesting.mapping(#"{"onlyListed": true, "assignments": {"map": "Assignment: Partner map (Real)"}}"#)
        let result = try GradebookTesting.importText(Self.moodleFile, mapping: mapping)
        #expect(result.learner("ana@example.org")?.grades == ["map": [.level("good")]])
        #expect(result.learner("ana@example.org")?.attendance == [:])
        #expect(result.learner("ana@example.org")?.name == "Ana Márquez")  // identity is still proposed
        #expect(result.unmappedColumns == ["Session 1 (Real)", "Peer reviews given (Real)", "Course total (Real)"])
    }

    @Test func mappingsThatDoNotFitTheHeader() throws {
        let file = "id,Quiz,Quiz,name\n1,5,6,Ana\n"
        func code(_ json: String) -> String? {
            GradebookTesting.errorCode { _ = try GradebookTesting.importText(file, mapping: try GradebookTesting.mapping(json)) }
        }
        #expect(code(#"{"assignments": {"q": "Test"}}"#) == "mapping.column_not_found")
        #expect(code(#"{"assignments": {"q": "quiz"}}"#) == "mapping.ambiguous_column")
        #expect(code(#"{"assignments": {"q": 9}}"#) == "mapping.column_out_of_range")
        #expect(code(#"{"assignments": {"q": 2}, "sessions": {"s": 2}}"#) == "mapping.column_used_twice")
        #expect(code(#"{"learner": {"id": "name"}, "assignments": {"n": "NAME"}}"#) == "mapping.column_used_twice")
        #expect(code(#"{"assignments": {"q": 2, "r": " quiz "}}"#) == "mapping.ambiguous_column")
        #expect(code(#"{"assignments": {"q": 2}}"#) == nil)
        // Matching ignores case, spacing and Unicode spelling.
        let accents = try GradebookTesting.importText("ID,Cafe\u{301}  quiz\n1,5\n",
                                                      mapping: try GradebookTesting.mapping(#"{"assignments": {"q": "café quiz"}}"#))
        #expect(accents.records.first?.grades["q"] == [.score(5)])
        // Without an identifier or e-mail column, no learner can be told apart.
        #expect(GradebookTesting.errorCode { _ = try GradebookTesting.importText("name,score\nAna,5\n") } == "mapping.no_learner_id")
        do {
            _ = try GradebookTesting.importText(file, mapping: try GradebookTesting.mapping(#"{"assignments": {"q": "Test"}}"#))
        } catch let error as GradebookError {
            #expect(error.description == #"test.csv: the column mapping does not fit: the file has no column "Test" (at /assignments/q)"#)
        }
    }

    @Test func aMappingBuiltInCodeIsCheckedLikeOneReadFromJSON() {
        func code(_ mapping: GradebookMapping) -> String? {
            GradebookTesting.errorCode { _ = try GradebookTesting.importText("id,a\n1,5\n", mapping: mapping) }
        }
        #expect(code(GradebookMapping(assignments: [AssignmentColumns(key: "a b", columns: [.header("a")])])) == "mapping.invalid_key")
        #expect(code(GradebookMapping(assignments: [AssignmentColumns(key: "a", columns: [])])) == "mapping.invalid_value")
        #expect(code(GradebookMapping(assignments: [AssignmentColumns(key: "a", columns: [.header("a")]),
                                                    AssignmentColumns(key: "a", columns: [.position(1)])])) == "mapping.duplicate_target")
        #expect(code(GradebookMapping(sessions: [SessionColumn(key: "", column: .header("a"))])) == "mapping.invalid_key")
        #expect(code(GradebookMapping(attemptSeparator: "")) == "mapping.invalid_value")
        #expect(code(GradebookMapping(levels: [GradebookLevel(key: "#1")])) == "mapping.invalid_key")
        #expect(code(GradebookMapping(learner: LearnerColumns(defaultLanguage: "english"))) == "mapping.invalid_value")
        #expect(code(GradebookMapping(assignments: [AssignmentColumns(key: "a", columns: [.position(0)])])) == "mapping.column_out_of_range")
    }

    @Test func theEmailIdentifiesTheLearnerWhenNoIdColumnExists() throws {
        let result = try GradebookTesting.importText("Name,Email,Quiz\nAna,ana@example.org,5\n")
        #expect(result.records.first?.id == "ana@example.org")
        #expect(result.records.first?.email == "ana@example.org")
        #expect(result.mapping.learner.id == .header("Email"))
    }
}
