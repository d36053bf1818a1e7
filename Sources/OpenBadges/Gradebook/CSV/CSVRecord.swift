/// One row of a CSV file: its fields as written (not trimmed), and where it starts.
public struct CSVRecord: Sendable, Equatable {
    /// 1-based row, counted as a spreadsheet counts (see ``CSVPosition``).
    public var row: Int
    /// 1-based physical line on which the row starts.
    public var line: Int
    public var fields: [String]

    public init(row: Int, line: Int, fields: [String]) {
        self.row = row
        self.line = line
        self.fields = fields
    }
}

/// What ``CSVReader`` read: the header, the data rows that were well-formed, and the rows that were not.
public struct CSVTable: Sendable, Equatable {
    public var header: CSVRecord
    /// Well-formed, non-empty data rows in file order. Each has exactly as many fields as the header.
    public var records: [CSVRecord]
    /// Rows left out, in file order.
    public var issues: [CSVRowIssue]
    public var delimiter: CSVDelimiter
    /// True when the file started with a UTF-8 byte-order mark (as Excel's "CSV UTF-8" writes).
    public var hadByteOrderMark: Bool
    /// How many empty rows (no field holding anything) were skipped.
    public var emptyRowsSkipped: Int

    public init(header: CSVRecord, records: [CSVRecord], issues: [CSVRowIssue], delimiter: CSVDelimiter,
                hadByteOrderMark: Bool, emptyRowsSkipped: Int) {
        self.header = header
        self.records = records
        self.issues = issues
        self.delimiter = delimiter
        self.hadByteOrderMark = hadByteOrderMark
        self.emptyRowsSkipped = emptyRowsSkipped
    }
}
