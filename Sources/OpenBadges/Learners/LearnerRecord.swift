/// What a course knows about one learner: the input of criteria evaluation, the output of gradebook
/// import.
///
/// Keys of `grades` and `attendance` are the assignment and session keys an achievement definition
/// names (`partner-map`, `session-3`); the gradebook's column mapping translates column headers to
/// them.
public struct LearnerRecord: Sendable, Equatable {
    /// How the gradebook identifies the learner (an e-mail address, a user name, a student number).
    public var id: String
    public var email: String?
    public var name: String?
    /// The learner's preferred language as a BCP 47 tag (`es`, `ar`, `pt-BR`), if known.
    public var preferredLanguage: String?
    /// Every attempt at each assignment, oldest first: a resubmission appends an attempt.
    public var grades: [String: [Grade]]
    /// Each live session's mark.
    public var attendance: [String: Attendance]
    /// How many peer reviews the learner gave, if the course counts them.
    public var peerReviewsGiven: Int?
    /// Where the record came from, for messages ("grades.csv, row 14").
    public var source: FileLocation?

    public init(id: String, email: String? = nil, name: String? = nil, preferredLanguage: String? = nil,
                grades: [String: [Grade]] = [:], attendance: [String: Attendance] = [:],
                peerReviewsGiven: Int? = nil, source: FileLocation? = nil) {
        self.id = id
        self.email = email
        self.name = name
        self.preferredLanguage = preferredLanguage
        self.grades = grades
        self.attendance = attendance
        self.peerReviewsGiven = peerReviewsGiven
        self.source = source
    }
}

/// One graded attempt.
public enum Grade: Sendable, Equatable {
    /// A numeric grade as the gradebook wrote it (a percentage, points); an achievement's thresholds map
    /// it to a rubric level.
    case score(Double)
    /// A rubric level, by the level's key in the achievement (`good`, `excellent`).
    case level(String)
}

/// A learner's participation in one live session.
public enum Attendance: Sendable, Equatable {
    case attended
    /// Did not attend live but watched the recording (courses across time zones count this).
    case watchedRecording
    case absent
}

/// A place in an input file.
public struct FileLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based row (for CSV, counting the header row as row 1).
    public var row: Int
    /// 1-based column, when the location is one cell.
    public var column: Int?

    public init(file: String, row: Int, column: Int? = nil) {
        self.file = file
        self.row = row
        self.column = column
    }

    public var description: String {
        if let column { return "\(file), row \(row), column \(column)" }
        return "\(file), row \(row)"
    }
}
