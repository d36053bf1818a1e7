/// The outcome of importing one gradebook: the learners whose rows read cleanly, and every row or cell
/// that did not.
///
/// A row with any problem is left out whole, so that no credential is decided on part of a learner's
/// grades; its problems are all listed, so one pass over the file fixes them.
public struct GradebookImport: Sendable, Equatable {
    /// In file order.
    public var records: [LearnerRecord]
    /// Sorted by row, then column.
    public var issues: [GradebookIssue]
    public var format: GradebookFormat
    public var delimiter: CSVDelimiter
    /// The mapping that was applied (the preset's proposal under the given mapping), with columns named by
    /// their titles: print its ``GradebookMapping/json`` to see or adjust what was read from where.
    public var mapping: GradebookMapping
    /// Titles of the columns nothing was read from.
    public var unmappedColumns: [String]
    /// Non-empty data rows in the file, imported or not.
    public var rowsRead: Int

    public init(records: [LearnerRecord], issues: [GradebookIssue], format: GradebookFormat, delimiter: CSVDelimiter,
                mapping: GradebookMapping, unmappedColumns: [String], rowsRead: Int) {
        self.records = records
        self.issues = issues
        self.format = format
        self.delimiter = delimiter
        self.mapping = mapping
        self.unmappedColumns = unmappedColumns
        self.rowsRead = rowsRead
    }
}
