/// A place in a CSV file, in the terms of both a spreadsheet and a text editor.
///
/// `row` counts records the way a spreadsheet shows them: the header is row 1 (a leading `sep=` line,
/// which spreadsheets hide, is not counted), empty rows count, and a quoted field spanning several lines
/// stays in one row. `line` counts physical lines, for a text editor. Both are 1-based.
public struct CSVPosition: Sendable, Equatable, CustomStringConvertible {
    public var row: Int
    /// 1-based column, when the position is one field.
    public var column: Int?
    /// 1-based physical line on which the row (or the field, when `column` is set) starts.
    public var line: Int
    /// 0-based byte offset in the file as given (a byte-order mark included).
    public var byteOffset: Int

    public init(row: Int, column: Int? = nil, line: Int, byteOffset: Int) {
        self.row = row
        self.column = column
        self.line = line
        self.byteOffset = byteOffset
    }

    public var description: String {
        if let column { return "row \(row), column \(column) (line \(line), byte \(byteOffset))" }
        return "row \(row) (line \(line), byte \(byteOffset))"
    }
}
