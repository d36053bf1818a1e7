/// Turns one data row into a ``LearnerRecord``, or into the issues that keep it out.
struct RowReader {
    let mapping: ResolvedMapping
    let cells: CellReader
    let file: String

    /// The learner's record, or `nil` with every problem found in the row.
    func read(_ record: CSVRecord) -> (LearnerRecord?, [GradebookIssue]) {
        var issues: [GradebookIssue] = []
        func report(_ problem: CellProblem, _ column: Int) {
            issues.append(GradebookIssue(code: problem.code, message: problem.message,
                                         location: Self.location(file, row: record.row, column: column + 1)))
        }
        func cell(_ column: Int) -> String { record.fields[column] }
        func text(_ column: Int?) -> String? {
            guard let column else { return nil }
            let value = TextNormalization.cleaned(cell(column))
            return value.isEmpty ? nil : value
        }

        let id = text(mapping.id)
        if id == nil { report(.missingId, mapping.id) }

        var email: String?
        if let column = mapping.email, let value = text(column) {
            if Self.looksLikeEmail(value) { email = value } else { report(.invalidEmail(value), column) }
        }

        var name: String?
        switch mapping.name {
        case .full(let column)?: name = text(column)
        case .parts(let given, let family)?:
            name = PersonName.join(given: text(given), family: text(family))
        case nil: break
        }

        var language = mapping.defaultLanguage
        if let column = mapping.language, let value = text(column) {
            if let tag = LanguageTag.normalize(value) { language = tag } else { report(.invalidLanguage(value), column) }
        }

        var grades: [String: [Grade]] = [:]
        grades.reserveCapacity(mapping.assignments.count)
        for assignment in mapping.assignments {
            var attempts: [Grade] = []
            for column in assignment.columns {
                switch cells.grades(cell(column), expect: assignment.expect) {
                case .success(let found): attempts += found
                case .failure(let problem): report(problem, column)
                }
            }
            if !attempts.isEmpty { grades[assignment.key] = attempts }
        }

        var attendance: [String: Attendance] = [:]
        attendance.reserveCapacity(mapping.sessions.count)
        for session in mapping.sessions {
            switch cells.attendance(cell(session.column)) {
            case .success(let mark?): attendance[session.key] = mark
            case .success(nil): break
            case .failure(let problem): report(problem, session.column)
            }
        }

        var peerReviews: Int?
        if let column = mapping.peerReviews {
            switch cells.count(cell(column)) {
            case .success(let count): peerReviews = count
            case .failure(let problem): report(problem, column)
            }
        }

        guard issues.isEmpty, let id else { return (nil, issues) }
        return (LearnerRecord(id: id, email: email, name: name, preferredLanguage: language, grades: grades,
                              attendance: attendance, peerReviewsGiven: peerReviews,
                              source: Self.location(file, row: record.row, column: nil)), [])
    }

    /// The one place gradebook import names the shared location type.
    static func location(_ file: String, row: Int, column: Int?) -> FileLocation {
        FileLocation(file: file, row: row, column: column)
    }

    /// A local part and a domain around one "@", no white space: enough to catch a name or a number typed
    /// in the e-mail column, without pretending to validate deliverability.
    static func looksLikeEmail(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let at = bytes.lastIndex(of: UInt8(ascii: "@")), at > 0, at < bytes.count - 1 else { return false }
        let domain = bytes[(at + 1)...]
        guard !domain.contains(UInt8(ascii: "@")), domain.first != UInt8(ascii: "."), domain.last != UInt8(ascii: ".")
        else { return false }
        if bytes.allSatisfy({ $0 < 0x80 }) { return !bytes.contains(where: TextNormalization.isASCIISpace) }
        return !text.unicodeScalars.contains { $0.properties.isWhitespace }
    }
}
