import OpenBadges
import Testing

/// The `--map TARGET=COLUMN` form.
@Suite struct CommandLineMappingTests {
    @Test func readsEveryTarget() throws {
        let mapping = try GradebookMapping(commandLine: [
            "partner-map=Assignment: Partner map (Real)",
            "essay=Essay (attempt 1)", "assignment.essay=Essay (attempt 2)",
            "final-project:level=Final = project",
            "session.session-3=Week 3 live session", "session.session-4=#9",
            "learner.id=Email address", "learner.given-name=First name", "learner.family-name=Last name",
            "learner.email=Email address", "learner.language=Preferred language", "learner.default-language=pt_BR",
            "peer-reviews=Peer reviews given",
            "option.format=moodle", "option.delimiter=semicolon", "option.decimal-separator=comma",
            "option.attempt-separator=/", "option.only-listed=true",
        ])
        #expect(mapping == GradebookMapping(
            format: .moodle, delimiter: .semicolon, decimalSeparator: .comma,
            learner: LearnerColumns(id: .header("Email address"),
                                    name: .parts(given: .header("First name"), family: .header("Last name")),
                                    email: .header("Email address"), preferredLanguage: .header("Preferred language"),
                                    defaultLanguage: "pt-BR"),
            assignments: [
                AssignmentColumns(key: "partner-map", columns: [.header("Assignment: Partner map (Real)")]),
                AssignmentColumns(key: "essay", columns: [.header("Essay (attempt 1)"), .header("Essay (attempt 2)")]),
                AssignmentColumns(key: "final-project", columns: [.header("Final = project")], expect: .level),
            ],
            sessions: [SessionColumn(key: "session-3", column: .header("Week 3 live session")),
                       SessionColumn(key: "session-4", column: .position(9))],
            peerReviews: .header("Peer reviews given"), attemptSeparator: "/", onlyListed: true))
    }

    @Test func aCommandLineMappingOverridesAnAchievementsMapping() throws {
        let achievement = try GradebookTesting.mapping(#"""
            {"learner": {"id": "Email"}, "assignments": {"partner-map": "Map", "essay": "Essay"},
             "sessions": {"session-1": "S1"}, "attendanceValues": {"attended": ["x"]}}
            """#)
        let cli = try GradebookMapping(commandLine: ["partner-map=Partner map v2", "learner.id=Username",
                                                     "session.session-2=S2"])
        let merged = cli.merged(over: achievement)
        #expect(merged.learner.id == .header("Username"))
        #expect(merged.assignments.map(\.key) == ["essay", "partner-map"])
        #expect(merged.assignments.last?.columns == [.header("Partner map v2")])
        #expect(merged.sessions.map(\.key) == ["session-1", "session-2"])
        #expect(merged.attendanceValues.attended == ["x"])
    }

    @Test(arguments: [
        ("partner-map", "mapping.command_line_syntax"),
        ("partner-map=", "mapping.command_line_syntax"),
        ("learner.nickname=Nick", "mapping.command_line_syntax"),
        ("option.colour=blue", "mapping.command_line_syntax"),
        ("partner map=Map", "mapping.invalid_key"),
        ("session.=S1", "mapping.invalid_key"),
        ("a:weight=Map", "mapping.command_line_syntax"),
        ("a=#0", "mapping.invalid_value"),
        ("a= ", "mapping.invalid_value"),
        ("option.delimiter=pipe", "mapping.invalid_value"),
        ("option.format=canvas", "mapping.invalid_value"),
        ("option.attempt-separator=.", "mapping.invalid_value"),
        ("option.only-listed=maybe", "mapping.invalid_value"),
        ("learner.default-language=english", "mapping.invalid_value"),
        ("learner.given-name=First", "mapping.command_line_syntax"),
    ] as [(String, String)])
    func malformedArguments(_ argument: String, _ code: String) {
        #expect(GradebookTesting.errorCode { _ = try GradebookMapping(commandLine: [argument]) } == code)
    }

    @Test func errorsNameTheArgument() {
        do {
            _ = try GradebookMapping(commandLine: ["learner.id=Email", "learner.id=Username"])
            Issue.record("accepted a duplicate target")
        } catch {
            #expect(error.code == "mapping.duplicate_target")
            #expect(error.location == .argument(index: 2, text: "learner.id=Username"))
            #expect(error.description == "learner.id is given twice (in --map argument 2 (learner.id=Username))")
        }
        #expect(GradebookTesting.errorCode {
            _ = try GradebookMapping(commandLine: ["learner.name=Name", "learner.given-name=F", "learner.family-name=L"])
        } == "mapping.command_line_syntax")
        #expect(GradebookTesting.errorCode {
            _ = try GradebookMapping(commandLine: ["a:score=X", "a:level=Y"])
        } == "mapping.duplicate_target")
    }

    @Test func positionsAndTitlesThatLookLikeThem() throws {
        let mapping = try GradebookMapping(commandLine: ["a=#12", "b=#", "c=#1a", "d=Task #3"])
        #expect(mapping.assignments.map(\.columns) == [[.position(12)], [.header("#")], [.header("#1a")], [.header("Task #3")]])
    }
}
