/// How a gradebook's columns become ``LearnerRecord``s: which column identifies the learner, which hold
/// each assignment's grades and each session's attendance, and how cells are read.
///
/// A mapping is usually partial. The format's preset proposes one from the header (every Moodle assignment
/// becomes an assignment keyed by the slug of its name); an achievement's mapping, and then one given on
/// the command line, override it entry by entry (see ``merged(over:)``). Every member is optional for that
/// reason: `nil` means "no opinion, keep what is underneath".
///
/// Its JSON form (``init(json:)``, ``json``) is described by `schemas/gradebook-mapping.schema.json`
/// (`urn:laurel:schema:gradebook-mapping:1`); its command-line form by ``init(commandLine:)``.
public struct GradebookMapping: Sendable, Equatable {
    /// The export's layout; `nil` detects it from the header.
    public var format: GradebookFormat?
    /// The field delimiter; `nil` detects it from the header.
    public var delimiter: CSVDelimiter?
    /// `nil` means ``DecimalSeparator/auto``.
    public var decimalSeparator: DecimalSeparator?
    public var learner: LearnerColumns
    /// In the order the mapping lists them.
    public var assignments: [AssignmentColumns]
    public var sessions: [SessionColumn]
    /// A column counting the peer reviews each learner gave.
    public var peerReviews: ColumnReference?
    /// What separates several attempts written in one cell; `nil` means ``defaultAttemptSeparator``.
    public var attemptSeparator: String?
    /// The rubric levels text grades may name; `nil` means ``GradebookLevel/fourLevelRubric``.
    public var levels: [GradebookLevel]?
    /// Attendance marks beyond (or overriding) ``AttendanceValues/builtIn``.
    public var attendanceValues: AttendanceValues
    /// Cell texts that mean "no grade", beyond the built-in ones (empty, "-", "Not Attempted", ...).
    public var noGradeValues: [String]
    /// Use only the assignments and sessions listed here, not those the preset proposes. Identity columns
    /// are still proposed.
    public var onlyListed: Bool

    /// `|`: it is not a decimal or thousands separator, not a delimiter a spreadsheet writes, appears in no
    /// rubric word, and is on every keyboard.
    public static let defaultAttemptSeparator = "|"

    public init(format: GradebookFormat? = nil, delimiter: CSVDelimiter? = nil,
                decimalSeparator: DecimalSeparator? = nil, learner: LearnerColumns = LearnerColumns(),
                assignments: [AssignmentColumns] = [], sessions: [SessionColumn] = [],
                peerReviews: ColumnReference? = nil, attemptSeparator: String? = nil,
                levels: [GradebookLevel]? = nil, attendanceValues: AttendanceValues = AttendanceValues(),
                noGradeValues: [String] = [], onlyListed: Bool = false) {
        self.format = format
        self.delimiter = delimiter
        self.decimalSeparator = decimalSeparator
        self.learner = learner
        self.assignments = assignments
        self.sessions = sessions
        self.peerReviews = peerReviews
        self.attemptSeparator = attemptSeparator
        self.levels = levels
        self.attendanceValues = attendanceValues
        self.noGradeValues = noGradeValues
        self.onlyListed = onlyListed
    }

    /// This mapping over `base`: every member this mapping sets wins, and the rest comes from `base`.
    ///
    /// Assignments and sessions merge by key: a key in both takes this mapping's columns. Attendance marks
    /// and no-grade texts accumulate, this mapping's first. `onlyListed` holds if either says so. (Against
    /// a file, the importer also drops a proposed entry whose column this mapping gives to another key.)
    public func merged(over base: GradebookMapping) -> GradebookMapping {
        var out = base
        out.format = format ?? base.format
        out.delimiter = delimiter ?? base.delimiter
        out.decimalSeparator = decimalSeparator ?? base.decimalSeparator
        out.learner.id = learner.id ?? base.learner.id
        out.learner.name = learner.name ?? base.learner.name
        out.learner.email = learner.email ?? base.learner.email
        out.learner.preferredLanguage = learner.preferredLanguage ?? base.learner.preferredLanguage
        out.learner.defaultLanguage = learner.defaultLanguage ?? base.learner.defaultLanguage
        let assignmentKeys = Set(assignments.map(\.key))
        out.assignments = base.assignments.filter { !assignmentKeys.contains($0.key) } + assignments
        let sessionKeys = Set(sessions.map(\.key))
        out.sessions = base.sessions.filter { !sessionKeys.contains($0.key) } + sessions
        out.peerReviews = peerReviews ?? base.peerReviews
        out.attemptSeparator = attemptSeparator ?? base.attemptSeparator
        out.levels = levels ?? base.levels
        out.attendanceValues = AttendanceValues(
            attended: attendanceValues.attended + base.attendanceValues.attended,
            watchedRecording: attendanceValues.watchedRecording + base.attendanceValues.watchedRecording,
            absent: attendanceValues.absent + base.attendanceValues.absent)
        out.noGradeValues = noGradeValues + base.noGradeValues.filter { !noGradeValues.contains($0) }
        out.onlyListed = onlyListed || base.onlyListed
        return out
    }
}
