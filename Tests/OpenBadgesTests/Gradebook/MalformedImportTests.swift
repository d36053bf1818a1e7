import OpenBadges
import Testing

/// Malformed rows and cells are reported with their row and column, and every other row still imports.
@Suite struct MalformedImportTests {
    static let mapping = #"{"assignments": {"interview-notes": {"columns": "interview-notes", "expect": "score"}}}"#

    @Test func everyProblemIsReportedAndTheOtherRowsImport() throws {
        let result = try GradebookSamples.importSample("generic-malformed.csv",
                                                       mapping: try GradebookTesting.mapping(Self.mapping))
        #expect(result.rowsRead == 24)
        let found = result.issues.map { "\($0.code) \($0.location.row):\($0.location.column.map(String.init) ?? "-")" }
        #expect(found == [
            "csv.too_many_fields 4:10",
            "csv.too_few_fields 6:-",
            "csv.unterminated_quote 8:2",
            "grade.not_a_number 10:6",
            "attendance.unknown_value 12:7",
            "learner.duplicate_id 14:1",
            "grade.unrecognized 16:5",
            "learner.invalid_language 18:4",
            "csv.text_after_quote 19:2",
            "peer_reviews.invalid 20:9",
            "learner.missing_id 21:1",
            "grade.empty_attempt 22:5",
        ])
        #expect(result.issues.allSatisfy { $0.location.file == "generic-malformed.csv" })
        // Both rows of the duplicated learner are named, and neither is imported.
        let duplicate = try #require(result.issues.first { $0.code == "learner.duplicate_id" })
        #expect(duplicate.relatedRows == [3])
        #expect(duplicate.message == #"the learner identifier "vol-102" appears in rows 3 and 14; none of them is imported"#)
        #expect(result.issues.first { $0.code == "grade.not_a_number" }?.message
                == #""eight" is not a number, and this assignment's grades are numbers"#)

        #expect(result.records.map(\.id) == ["vol-101", "vol-104", "vol-106", "vol-108", "vol-110", "vol-112",
                                             "vol-114", "vol-116", "vol-122", "vol-123", "vol-124"])
        #expect(result.records.map { $0.source?.row ?? 0 } == [2, 5, 7, 9, 11, 13, 15, 17, 23, 24, 25])
        // The row after the stray quote, and the quoted name the quote could have paired with, read intact.
        #expect(result.learner("vol-108")?.grades == ["partner-map": [.level("good")], "interview-notes": [.score(8)]])
        #expect(result.learner("vol-122")?.name == "\"Quoted\" Later, Name")
        #expect(result.learner("vol-124")?.attendance == ["session-1": .attended, "session-2": .absent])
    }

    @Test func everyProblemInOneRowIsListed() throws {
        let result = try GradebookTesting.importText("id,email,a,session 1,language\nx,nope,superb,maybe,??\ny,,5,P,es\n")
        #expect(result.issues.map(\.code) == ["learner.invalid_email", "grade.unrecognized", "attendance.unknown_value",
                                              "learner.invalid_language"])
        #expect(result.issues.map { $0.location.column ?? 0 } == [2, 3, 4, 5])
        #expect(result.records.map(\.id) == ["y"])
    }

    @Test func duplicatesIgnoreCaseAndUnicodeSpelling() throws {
        let result = try GradebookTesting.importText(
            "id,a\nJos\u{E9}@example.org,5\nana@example.org,6\nJOSE\u{301}@EXAMPLE.ORG,7\nben@example.org,8\njos\u{E9}@example.org,9\n")
        #expect(result.records.map(\.id) == ["ana@example.org", "ben@example.org"])
        #expect(result.issues.count == 1)
        #expect(result.issues.first?.location.row == 4)
        #expect(result.issues.first?.relatedRows == [2, 6])
        #expect(result.issues.first?.message.contains("appears in rows 2, 4 and 6") == true)
    }

    @Test func aDuplicateOfARejectedRowIsStillADuplicate() throws {
        let result = try GradebookTesting.importText("id,a\nx,superb\nx,5\ny,6\n")
        #expect(result.records.map(\.id) == ["y"])
        #expect(result.issues.map(\.code) == ["grade.unrecognized", "learner.duplicate_id"])
    }

    @Test func aHandBuiltTableWithRaggedRecordsIsReportedNotTrusted() throws {
        let table = CSVTable(header: CSVRecord(row: 1, line: 1, fields: ["id", "a", "b"]),
                             records: [CSVRecord(row: 2, line: 2, fields: ["x"]),
                                       CSVRecord(row: 3, line: 3, fields: ["y", "5", "6", "7"]),
                                       CSVRecord(row: 4, line: 4, fields: ["z", "5", "6"])],
                             issues: [], delimiter: .comma, hadByteOrderMark: false, emptyRowsSkipped: 0)
        let result = try GradebookImporter().importTable(table, file: "built.csv")
        #expect(result.records.map(\.id) == ["z"])
        #expect(result.issues.map(\.code) == ["csv.too_few_fields", "csv.too_many_fields"])
    }

    @Test func fileLevelErrorsNameTheFile() {
        do {
            _ = try GradebookImporter().importCSV(Array("id,name\n1,Zo".utf8) + [0xEB] + Array("\n".utf8), file: "cohort-3.csv")
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.code == "csv.invalid_utf8")
            #expect(error.description.hasPrefix("cohort-3.csv: byte 0xEB is not valid UTF-8"))
            #expect(error.description.hasSuffix("at row 2, column 2 (line 2, byte 12)"))
        }
    }
}
