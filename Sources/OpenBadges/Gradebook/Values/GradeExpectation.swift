/// What an assignment's cells hold.
public enum GradeExpectation: String, Sendable, Equatable, CaseIterable {
    /// A number or a rubric level, whichever the cell is.
    case any
    /// Numbers only: a rubric word in the column is an error (it would otherwise pass as a level where a
    /// threshold was meant).
    case score
    /// Rubric levels only: a number is an error.
    case level
}
