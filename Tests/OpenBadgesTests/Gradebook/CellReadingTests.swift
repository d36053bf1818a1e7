import OpenBadges
import Testing

/// How grade, attendance, count, language and name cells are read, through the importer.
@Suite struct CellReadingTests {
    private func score(_ cell: String, _ decimal: DecimalSeparator? = nil) throws -> Double? {
        let mapping = GradebookMapping(decimalSeparator: decimal,
                                       assignments: [AssignmentColumns(key: "a", columns: [.header("a")], expect: .score)])
        guard case .success(let grades) = try GradebookTesting.grades(cell, mapping: mapping),
              grades.count == 1, case .score(let value) = grades[0]
        else { return nil }
        return value
    }

    @Test(arguments: [
        ("85", 85.0), ("85.5", 85.5), ("85,5", 85.5), ("0.8333333333333334", 0.8333333333333334),
        ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("1 234,5", 1234.5), ("1\u{A0}234,5", 1234.5),
        ("1\u{202F}234,5", 1234.5), ("1.234.567", 1234567), ("1E-03", 0.001), ("2.5e2", 250), ("85%", 85),
        ("85,00 %", 85), ("85.5\u{A0}%", 85.5), ("-12", -12), ("+7", 7), ("\u{2212}3", -3), (".5", 0.5),
        ("5.", 5), ("\u{A0} 9 \u{A0}", 9),
    ] as [(String, Double)])
    func numbersInEveryCommonForm(_ cell: String, _ expected: Double) throws {
        #expect(try score(cell) == expected)
    }

    @Test(arguments: ["inf", "nan", "0x10", "1e5000", "1,2,3", "12 34", "1e", "--5", "5-", "85 percent", "½", "1.2.3,4,5",
                      "١٢", "%", "1,23.4"])
    func textThatIsNotANumber(_ cell: String) throws {
        #expect(try score(cell) == nil)
    }

    @Test func theDecimalSeparatorCanBeFixed() throws {
        #expect(try score("85,5", .point) == nil)
        #expect(try score("1,234.5", .point) == 1234.5)
        #expect(try score("1,234", .point) == 1234)
        #expect(try score("85.5", .comma) == nil)
        #expect(try score("1.234,5", .comma) == 1234.5)
        #expect(try score("1.234", .comma) == 1234)
        // Automatic: one separator is decimal, so "1,234" is 1.234 (a grade, not a thousand).
        #expect(try score("1,234", .auto) == 1.234)
    }

    @Test(arguments: [
        ("Good", "good"), ("NEEDS_IMPROVEMENT", "needs-improvement"), ("needs improvement", "needs-improvement"),
        ("  Excellent ", "excellent"), ("poor", "poor"), ("excelente", "excellent"), ("necesita mejorar", "needs-improvement"),
        ("bien", "good"), ("À améliorer", "needs-improvement"), ("A\u{300} ame\u{301}liorer", "needs-improvement"),
        ("جيد", "good"), ("ممتاز", "excellent"), ("अच्छा", "good"), ("कमज़ोर", "poor"), ("कमज\u{93C}ोर", "poor"),
        ("优秀", "excellent"), ("需要改进", "needs-improvement"), ("хорошо", "good"), ("ОТЛИЧНО", "excellent"),
        ("gut", "good"), ("bom", "good"),
    ] as [(String, String)])
    func rubricLevelsInSeveralLanguages(_ cell: String, _ key: String) throws {
        #expect(try GradebookTesting.grades(cell) == .success([.level(key)]))
    }

    @Test func unknownWordsAreErrors() throws {
        #expect(try GradebookTesting.grades("superb") == .failure(CodeError(code: "grade.unrecognized")))
        #expect(try GradebookTesting.grades("B+") == .failure(CodeError(code: "grade.unrecognized")))
    }

    @Test func anAchievementsOwnLevels() throws {
        let own = try GradebookTesting.mapping(#"{"levels": {"not-yet": ["noch nicht"], "competent": ["Kompetent"]}}"#)
        #expect(try GradebookTesting.grades("KOMPETENT", mapping: own) == .success([.level("competent")]))
        #expect(try GradebookTesting.grades("not yet", mapping: own) == .success([.level("not-yet")]))
        // The built-in levels are not levels of this rubric.
        #expect(try GradebookTesting.grades("good", mapping: own) == .failure(CodeError(code: "grade.unrecognized")))

        // A built-in key brings its built-in names along with the mapping's own.
        let extended = try GradebookTesting.mapping(#"{"levels": {"poor": [], "good": ["bien hecho"]}}"#)
        #expect(try GradebookTesting.grades("bien hecho", mapping: extended) == .success([.level("good")]))
        #expect(try GradebookTesting.grades("bueno", mapping: extended) == .success([.level("good")]))
        #expect(try GradebookTesting.grades("excellent", mapping: extended) == .failure(CodeError(code: "grade.unrecognized")))

        // One name for two levels is a mapping error, reported before any row is read.
        let clash = try GradebookTesting.mapping(#"{"levels": {"a": ["Pass"], "b": ["pass"]}}"#)
        #expect(GradebookTesting.errorCode { _ = try GradebookTesting.importText("id,x\n1,2\n", mapping: clash) }
                == "mapping.conflicting_alias")
    }

    @Test func expectationsRefuseTheOtherKind() throws {
        let levels = GradebookMapping(assignments: [AssignmentColumns(key: "a", columns: [.header("a")], expect: .level)])
        #expect(try GradebookTesting.grades("85", mapping: levels) == .failure(CodeError(code: "grade.number_not_allowed")))
        #expect(try GradebookTesting.grades("great", mapping: levels) == .failure(CodeError(code: "grade.unknown_level")))
        #expect(try GradebookTesting.grades("good", mapping: levels) == .success([.level("good")]))
        let scores = GradebookMapping(assignments: [AssignmentColumns(key: "a", columns: [.header("a")], expect: .score)])
        #expect(try GradebookTesting.grades("good", mapping: scores) == .failure(CodeError(code: "grade.level_not_allowed")))
        #expect(try GradebookTesting.grades("eight", mapping: scores) == .failure(CodeError(code: "grade.not_a_number")))
    }

    @Test func severalAttemptsInOneCell() throws {
        #expect(try GradebookTesting.grades("needs improvement|good") == .success([.level("needs-improvement"), .level("good")]))
        #expect(try GradebookTesting.grades("60 | 85%|excelente") == .success([.score(60), .score(85), .level("excellent")]))
        #expect(try GradebookTesting.grades("good||excellent") == .failure(CodeError(code: "grade.empty_attempt")))
        #expect(try GradebookTesting.grades("-|good") == .failure(CodeError(code: "grade.empty_attempt")))
        #expect(try GradebookTesting.grades("good|superb") == .failure(CodeError(code: "grade.unrecognized")))
        let slash = try GradebookTesting.mapping(#"{"attemptSeparator": "/"}"#)
        #expect(try GradebookTesting.grades("poor/good", mapping: slash) == .success([.level("poor"), .level("good")]))
    }

    @Test(arguments: ["", "-", "–", "Not Attempted", "not available", "N/A", "  "])
    func noGrade(_ cell: String) throws {
        #expect(try GradebookTesting.grades(cell) == .success([]))
    }

    @Test func aMappingAddsNoGradeTexts() throws {
        let mapping = try GradebookTesting.mapping(#"{"noGradeValues": ["pendiente"]}"#)
        #expect(try GradebookTesting.grades("Pendiente", mapping: mapping) == .success([]))
        #expect(try GradebookTesting.grades("pendiente") == .failure(CodeError(code: "grade.unrecognized")))
    }

    @Test func attemptColumnsAreReadOldestFirst() throws {
        let mapping = GradebookMapping(assignments: [
            AssignmentColumns(key: "essay", columns: [.header("Essay 1"), .header("Essay 2"), .header("Essay 3")]),
        ])
        let result = try GradebookTesting.importText(
            "id,Essay 1,Essay 2,Essay 3\nx,poor,good|excellent,\ny,,good,\nz,,,\n", mapping: mapping)
        #expect(result.learner("x")?.grades["essay"] == [.level("poor"), .level("good"), .level("excellent")])
        #expect(result.learner("y")?.grades["essay"] == [.level("good")])
        #expect(result.learner("z")?.grades["essay"] == nil)
    }

    @Test(arguments: [
        ("yes", Attendance.attended), ("Y", .attended), ("1", .attended), ("P", .attended), ("present", .attended),
        ("✓", .attended), ("✔", .attended), ("late", .attended), ("Sí", .attended), ("Pre\u{301}sent", .attended),
        ("recording", .watchedRecording), ("R", .watchedRecording), ("Watched recording", .watchedRecording),
        ("grabación", .watchedRecording), ("no", .absent), ("0", .absent), ("A", .absent), ("✗", .absent),
        ("absent", .absent), ("excused", .absent), ("1.00", .attended), ("0,00", .absent), ("1,0", .attended),
    ] as [(String, Attendance)])
    func attendanceMarks(_ cell: String, _ state: Attendance) throws {
        #expect(try GradebookTesting.attendance(cell) == .success(state))
    }

    @Test func attendanceEdgeCases() throws {
        #expect(try GradebookTesting.attendance("") == .success(nil))
        #expect(try GradebookTesting.attendance("maybe") == .failure(CodeError(code: "attendance.unknown_value")))
        #expect(try GradebookTesting.attendance("0.5") == .failure(CodeError(code: "attendance.unknown_value")))
        #expect(try GradebookTesting.attendance("100%") == .failure(CodeError(code: "attendance.unknown_value")))
        let custom = try GradebookTesting.mapping(#"{"attendanceValues": {"attended": ["x"], "absent": ["1"]}}"#)
        #expect(try GradebookTesting.attendance("X", mapping: custom) == .success(.attended))
        #expect(try GradebookTesting.attendance("1", mapping: custom) == .success(.absent))  // overrides the built-in
        #expect(try GradebookTesting.attendance("1.00", mapping: custom) == .success(.absent))
        #expect(try GradebookTesting.attendance("yes", mapping: custom) == .success(.attended))
        let clash = try GradebookTesting.mapping(#"{"attendanceValues": {"attended": ["ok"], "absent": ["OK"]}}"#)
        #expect(GradebookTesting.errorCode { _ = try GradebookTesting.importText("id\n1\n", mapping: clash) }
                == "mapping.conflicting_alias")
    }

    @Test func peerReviewCounts() throws {
        let result = try GradebookTesting.importText(
            "id,peer reviews\na,3\nb,\"3,00\"\nc,\nd,2.5\ne,-1\nf,three\ng,40%\n")
        #expect(result.learner("a")?.peerReviewsGiven == 3)
        #expect(result.learner("b")?.peerReviewsGiven == 3)
        #expect(result.learner("c")?.peerReviewsGiven == nil)
        #expect(result.learner("c") != nil)
        #expect(result.issues.map(\.location.row) == [5, 6, 7, 8])
        #expect(result.issues.allSatisfy { $0.code == "peer_reviews.invalid" && $0.location.column == 2 })
    }

    @Test(arguments: [
        ("pt_br", "pt-BR"), ("ES", "es"), ("zh_hans_cn", "zh-Hans-CN"), ("sr-latn-rs", "sr-Latn-RS"), ("en-US", "en-US"),
        ("de-CH-1996", "de-CH-1996"), ("en-x-Twain", "en-x-twain"), ("ar", "ar"),
    ] as [(String, String)])
    func languageTags(_ cell: String, _ tag: String) throws {
        let result = try GradebookTesting.importText("id,language\n1,\(cell)\n")
        #expect(result.records.first?.preferredLanguage == tag)
    }

    @Test func languageFallbacksAndErrors() throws {
        let mapping = try GradebookTesting.mapping(#"{"learner": {"defaultLanguage": "ES"}}"#)
        let result = try GradebookTesting.importText("id,language\n1,\n2,fr\n3,english please\n4,e\n", mapping: mapping)
        #expect(result.learner("1")?.preferredLanguage == "es")
        #expect(result.learner("2")?.preferredLanguage == "fr")
        #expect(result.issues.map(\.code) == ["learner.invalid_language", "learner.invalid_language"])
        #expect(result.issues.map(\.location.row) == [4, 5])
        // Without a language column, the default applies to everyone.
        #expect(try GradebookTesting.importText("id\n1\n", mapping: mapping).records.first?.preferredLanguage == "es")
        #expect(try GradebookTesting.importText("id\n1\n").records.first?.preferredLanguage == nil)
    }

    @Test func namesAreStoredInNFC() throws {
        let result = try GradebookTesting.importText("id,name\n1,Jose\u{301} Rami\u{301}rez\n2,  Zoë  \n")
        let name = try #require(result.learner("1")?.name)
        #expect(Array(name.utf8) == Array("Jos\u{E9} Ram\u{ED}rez".utf8))
        #expect(result.learner("2")?.name == "Zoë")
    }

    @Test func namesInTwoColumns() throws {
        let result = try GradebookTesting.importText(
            "id,first name,last name\n1,Ana,García Márquez\n2,芳,王\n3,민수,김\n4,,Nkosi\n5,Amaka,\n6,ليلى,حداد\n")
        #expect(result.learner("1")?.name == "Ana García Márquez")
        #expect(result.learner("2")?.name == "王芳")
        #expect(result.learner("3")?.name == "김민수")
        #expect(result.learner("4")?.name == "Nkosi")
        #expect(result.learner("5")?.name == "Amaka")
        #expect(result.learner("6")?.name == "ليلى حداد")
    }

    @Test func identifiersAndEmails() throws {
        let result = try GradebookTesting.importText(
            "id,email\n  vol-1  ,ana@example.org\nvol-2,not an address\nvol-3,\n,x@example.org\nvol-5,a@b@\n")
        #expect(result.learner("vol-1")?.email == "ana@example.org")
        #expect(result.learner("vol-3")?.email == nil)
        #expect(result.issues.map(\.code) == ["learner.invalid_email", "learner.missing_id", "learner.invalid_email"])
        #expect(result.issues.map { [$0.location.row, $0.location.column ?? 0] } == [[3, 2], [5, 1], [6, 2]])
    }
}
