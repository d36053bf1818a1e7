/// The exports Laurel knows the layout of; each has a preset that proposes a mapping from the header.
public enum GradebookFormat: String, Sendable, Equatable, CaseIterable, CustomStringConvertible {
    /// Laurel's documented layout (docs/gradebook.md): one row per learner, one column per assignment or
    /// session; also what a hand-kept spreadsheet usually looks like.
    case generic
    /// Moodle's gradebook export ("Plain text file"): identity columns, then
    /// `<Activity type>: <Name> (<Display type>)` grade columns.
    case moodle
    /// Open edX's grade report: Student ID, Email, Username, Grade, `<Type> <n>: <Name>` columns.
    case openEdX = "openedx"

    public var description: String { rawValue }
}
