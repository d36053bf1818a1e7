/// Why one cell could not be read; becomes a ``GradebookIssue`` with the cell's row and column.
enum CellProblem: Error, Equatable {
    case missingId
    case invalidEmail(String)
    case invalidLanguage(String)
    case unrecognizedGrade(String, levels: [String])
    case notANumber(String)
    case levelWhereNumberExpected(String, level: String)
    case numberWhereLevelExpected(String)
    case unknownLevel(String, levels: [String])
    case emptyAttempt(String, separator: String)
    case unknownAttendance(String)
    case invalidCount(String)

    var code: String {
        switch self {
        case .missingId: "learner.missing_id"
        case .invalidEmail: "learner.invalid_email"
        case .invalidLanguage: "learner.invalid_language"
        case .unrecognizedGrade: "grade.unrecognized"
        case .notANumber: "grade.not_a_number"
        case .levelWhereNumberExpected: "grade.level_not_allowed"
        case .numberWhereLevelExpected: "grade.number_not_allowed"
        case .unknownLevel: "grade.unknown_level"
        case .emptyAttempt: "grade.empty_attempt"
        case .unknownAttendance: "attendance.unknown_value"
        case .invalidCount: "peer_reviews.invalid"
        }
    }

    var message: String {
        switch self {
        case .missingId:
            "the learner's identifier is empty"
        case .invalidEmail(let text):
            "\"\(text)\" is not an e-mail address"
        case .invalidLanguage(let text):
            "\"\(text)\" is not a language tag such as es, ar or pt-BR"
        case .unrecognizedGrade(let text, let levels):
            "\"\(text)\" is neither a number nor a rubric level (\(levels.joined(separator: ", ")))"
        case .notANumber(let text):
            "\"\(text)\" is not a number, and this assignment's grades are numbers"
        case .levelWhereNumberExpected(let text, let level):
            "\"\(text)\" is the rubric level \(level), but this assignment's grades are numbers"
        case .numberWhereLevelExpected(let text):
            "\"\(text)\" is a number, but this assignment's grades are rubric levels"
        case .unknownLevel(let text, let levels):
            "\"\(text)\" is not a rubric level (\(levels.joined(separator: ", ")))"
        case .emptyAttempt(let text, let separator):
            "\"\(text)\" has an empty or blank attempt between its \"\(separator)\" separators"
        case .unknownAttendance(let text):
            "\"\(text)\" is not an attendance mark (yes/no/recording, 1/0, P/A/R, ✓/✗, or one the mapping adds)"
        case .invalidCount(let text):
            "\"\(text)\" is not a count of peer reviews (a whole number from 0)"
        }
    }
}
