import Foundation
import OpenBadges
import TestSupport
import Testing

/// The JSON form of a column mapping, and its agreement with schemas/gradebook-mapping.schema.json.
@Suite struct MappingJSONTests {
    static let full = #"""
        {
          "format": "moodle",
          "delimiter": ";",
          "decimalSeparator": "comma",
          "attemptSeparator": "/",
          "onlyListed": true,
          "learner": {
            "id": "Email address",
            "givenName": "First name",
            "familyName": "Last name",
            "email": "Email address",
            "preferredLanguage": 7,
            "defaultLanguage": "pt_br"
          },
          "assignments": {
            "partner-map": "Assignment: Partner map (Real)",
            "essay": ["Essay (attempt 1)", "Essay (attempt 2)"],
            "final-project": {"columns": "Assignment: Final project (Real)", "expect": "level"},
            "quiz": {"columns": [12], "expect": "score"}
          },
          "sessions": {"session-1": "Session 1 (Real)", "session-2": 15},
          "peerReviews": "Peer reviews given (Real)",
          "levels": {"poor": [], "needs-improvement": ["à retravailler"], "good": [], "excellent": ["top"]},
          "attendanceValues": {"attended": ["x"], "watchedRecording": ["vod"], "absent": ["-"]},
          "noGradeValues": ["pendiente"]
        }
        """#

    @Test func readsEveryMember() throws {
        let mapping = try GradebookTesting.mapping(Self.full)
        #expect(mapping.format == .moodle)
        #expect(mapping.delimiter == .semicolon)
        #expect(mapping.decimalSeparator == .comma)
        #expect(mapping.attemptSeparator == "/")
        #expect(mapping.onlyListed)
        #expect(mapping.learner == LearnerColumns(
            id: .header("Email address"), name: .parts(given: .header("First name"), family: .header("Last name")),
            email: .header("Email address"), preferredLanguage: .position(7), defaultLanguage: "pt-BR"))
        #expect(mapping.assignments == [
            AssignmentColumns(key: "partner-map", columns: [.header("Assignment: Partner map (Real)")]),
            AssignmentColumns(key: "essay", columns: [.header("Essay (attempt 1)"), .header("Essay (attempt 2)")]),
            AssignmentColumns(key: "final-project", columns: [.header("Assignment: Final project (Real)")], expect: .level),
            AssignmentColumns(key: "quiz", columns: [.position(12)], expect: .score),
        ])
        #expect(mapping.sessions == [SessionColumn(key: "session-1", column: .header("Session 1 (Real)")),
                                     SessionColumn(key: "session-2", column: .position(15))])
        #expect(mapping.peerReviews == .header("Peer reviews given (Real)"))
        #expect(mapping.levels?.map(\.key) == ["poor", "needs-improvement", "good", "excellent"])
        #expect(mapping.levels?[1].aliases == ["à retravailler"])
        #expect(mapping.attendanceValues == AttendanceValues(attended: ["x"], watchedRecording: ["vod"], absent: ["-"]))
        #expect(mapping.noGradeValues == ["pendiente"])
    }

    @Test func roundTripsThroughItsJSON() throws {
        let mapping = try GradebookTesting.mapping(Self.full)
        let again = try GradebookMapping(json: mapping.json)
        #expect(again == mapping)
        // Deterministic text, with each assignment in its shortest form.
        let text = mapping.json.serializedString()
        #expect(text.hasPrefix(#"{"format":"moodle","delimiter":"semicolon","decimalSeparator":"comma","attemptSeparator":"/","onlyListed":true,"learner":{"id":"Email address","givenName":"First name""#))
        #expect(text.contains(#""partner-map":"Assignment: Partner map (Real)","essay":["Essay (attempt 1)","Essay (attempt 2)"],"final-project":{"columns":"Assignment: Final project (Real)","expect":"level"},"quiz":{"columns":12,"expect":"score"}"#))
        #expect(GradebookMapping().json == .object(JSONObject()))
    }

    /// Each malformed mapping, the pointer its error names, and the error's code.
    static let malformed: [(String, String, String)] = [
        (#"{"assigments": {}}"#, "/assigments", "mapping.unknown_member"),
        (#"{"learner": {"ID": "x"}}"#, "/learner/ID", "mapping.unknown_member"),
        (#"{"assignments": {"partner map": "x"}}"#, "/assignments/partner map", "mapping.invalid_key"),
        (##"{"assignments": {"#1": "x"}}"##, "/assignments/#1", "mapping.invalid_key"),
        (#"{"assignments": {"a:b": "x"}}"#, "/assignments/a:b", "mapping.invalid_key"),
        (#"{"assignments": {"a": 0}}"#, "/assignments/a", "mapping.invalid_value"),
        (#"{"assignments": {"a": 2.5}}"#, "/assignments/a", "mapping.invalid_value"),
        (#"{"assignments": {"a": "   "}}"#, "/assignments/a", "mapping.invalid_value"),
        (#"{"assignments": {"a": []}}"#, "/assignments/a", "mapping.invalid_value"),
        (#"{"assignments": {"a": ["x", true]}}"#, "/assignments/a/1", "mapping.wrong_kind"),
        (#"{"assignments": {"a": {"expect": "level"}}}"#, "/assignments/a/columns", "mapping.invalid_value"),
        (#"{"assignments": {"a": {"columns": "x", "expect": "maybe"}}}"#, "/assignments/a/expect", "mapping.invalid_value"),
        (#"{"assignments": {"a": {"columns": "x", "weight": 2}}}"#, "/assignments/a/weight", "mapping.unknown_member"),
        (#"{"assignments": {"a": null}}"#, "/assignments/a", "mapping.wrong_kind"),
        (#"{"sessions": ["x"]}"#, "/sessions", "mapping.wrong_kind"),
        (#"{"learner": {"givenName": "First"}}"#, "/learner/givenName", "mapping.invalid_value"),
        (#"{"learner": {"familyName": "Last"}}"#, "/learner/familyName", "mapping.invalid_value"),
        (#"{"learner": {"name": "N", "givenName": "F", "familyName": "L"}}"#, "/learner/name", "mapping.invalid_value"),
        (#"{"learner": {"defaultLanguage": "english"}}"#, "/learner/defaultLanguage", "mapping.invalid_value"),
        (#"{"learner": {"defaultLanguage": " es"}}"#, "/learner/defaultLanguage", "mapping.invalid_value"),
        (#"{"format": "canvas"}"#, "/format", "mapping.invalid_value"),
        (#"{"delimiter": "|"}"#, "/delimiter", "mapping.invalid_value"),
        (#"{"delimiter": "COMMA"}"#, "/delimiter", "mapping.invalid_value"),
        (#"{"decimalSeparator": "dot"}"#, "/decimalSeparator", "mapping.invalid_value"),
        (#"{"attemptSeparator": ","}"#, "/attemptSeparator", "mapping.invalid_value"),
        (#"{"attemptSeparator": "a"}"#, "/attemptSeparator", "mapping.invalid_value"),
        (#"{"attemptSeparator": " "}"#, "/attemptSeparator", "mapping.invalid_value"),
        (#"{"attemptSeparator": "|||||||||"}"#, "/attemptSeparator", "mapping.invalid_value"),
        (#"{"onlyListed": "yes"}"#, "/onlyListed", "mapping.wrong_kind"),
        (#"{"levels": {}}"#, "/levels", "mapping.invalid_value"),
        (#"{"levels": {"good": "fine"}}"#, "/levels/good", "mapping.wrong_kind"),
        (#"{"levels": {"good": [""]}}"#, "/levels/good/0", "mapping.invalid_value"),
        (#"{"attendanceValues": {"late": ["l"]}}"#, "/attendanceValues/late", "mapping.unknown_member"),
        (#"{"noGradeValues": "-"}"#, "/noGradeValues", "mapping.wrong_kind"),
        (#"[]"#, "", "mapping.wrong_kind"),
    ]

    @Test func malformedMappingsNameTheMember() throws {
        for (text, pointer, code) in Self.malformed {
            do {
                _ = try GradebookTesting.mapping(text)
                Issue.record("accepted \(text)")
            } catch let error as MappingError {
                #expect(error.code == code, "\(text): \(error)")
                #expect(error.location == .member(JSONPointer(stringLiteral: pointer)), "\(text): \(error)")
            }
        }
    }

    // MARK: The schema

    static let schemaPath = Vectors.projectRoot.appendingPathComponent("schemas/gradebook-mapping.schema.json").path

    @Test func theSchemaIsDraft201909WithTheProjectsId() throws {
        let schema = try JSON.parse(Array(try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath))))
        #expect(schema["$schema"] == "https://json-schema.org/draft/2019-09/schema")
        #expect(schema["$id"] == "urn:laurel:schema:gradebook-mapping:1")
    }

    /// The schema and the reader agree: every mapping the reader accepts validates, and every mapping it
    /// refuses is refused by the schema too.
    @Test(.enabled(if: Oracle.isAvailable, Oracle.missingComment))
    func theSchemaAcceptsWhatTheReaderAccepts() throws {
        let accepted = [
            Self.full, "{}", #"{"learner": {"name": "Full name", "defaultLanguage": "zh-Hans"}}"#,
            #"{"assignments": {"ñandú-2": 3, "مشروع": ["a", 4]}, "sessions": {"s.1": "x"}}"#,
            #"{"assignments": {"a": 5.0}}"#,
            #"{"$schema": "urn:laurel:schema:gradebook-mapping:1", "description": "Spring cohort", "delimiter": "\t"}"#,
        ]
        for text in accepted {
            let mapping = try GradebookTesting.mapping(text)
            for document in [try JSON.parse(text), mapping.json] {
                let result = try Oracle.run(script: "json_schema.py", arguments: [Self.schemaPath], input: document.serialized())
                #expect(result.status == 0, "\(text): \(result.stdoutText)\(result.stderrText)")
            }
        }
        for (text, pointer, _) in Self.malformed {
            let result = try Oracle.run(script: "json_schema.py", arguments: [Self.schemaPath], input: Array(text.utf8))
            #expect(result.status == 1, "the schema accepts \(text)")
            // The schema points at the member or its parent object.
            let parent = pointer.split(separator: "/").dropLast().joined(separator: "/")
            #expect(result.stdoutText.contains(pointer + ":") || result.stdoutText.contains("/" + parent + ":")
                    || result.stdoutText.hasPrefix("/:"), "\(text): \(result.stdoutText)")
        }
    }
}
