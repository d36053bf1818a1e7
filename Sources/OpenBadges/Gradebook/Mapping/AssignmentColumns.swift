/// The column or columns holding one assignment's grades.
///
/// Several columns are attempts, oldest first ("Essay (attempt 1)", "Essay (attempt 2)"); an empty later
/// column means no resubmission. A cell may itself hold several attempts separated by the mapping's
/// attempt separator ("needs improvement|good").
public struct AssignmentColumns: Sendable, Equatable {
    /// The key the achievement's criteria use (`partner-map`).
    public var key: String
    public var columns: [ColumnReference]
    public var expect: GradeExpectation

    public init(key: String, columns: [ColumnReference], expect: GradeExpectation = .any) {
        self.key = key
        self.columns = columns
        self.expect = expect
    }
}

/// The column holding one live session's attendance.
public struct SessionColumn: Sendable, Equatable {
    /// The key the achievement's criteria use (`session-3`).
    public var key: String
    public var column: ColumnReference

    public init(key: String, column: ColumnReference) {
        self.key = key
        self.column = column
    }
}
