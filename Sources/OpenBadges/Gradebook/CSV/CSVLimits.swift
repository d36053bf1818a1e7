/// Bounds on the work reading one CSV file may do.
///
/// A gradebook arrives as an upload or an e-mail attachment, so every size and count the reader meets is
/// capped: exceeding a cap is an error naming the cap and the place, never a crash or an unbounded
/// allocation. The defaults are far above any course (a cohort has 20–40 learners; a large programme a few
/// thousand) and far below what would strain a small server.
public struct CSVLimits: Sendable, Equatable {
    /// Largest file accepted, in bytes (checked before anything is read).
    public var maxBytes: Int
    /// Most data rows (not counting the header and empty rows).
    public var maxRows: Int
    /// Most columns the header may have.
    public var maxColumns: Int
    /// Longest field, in bytes of UTF-8. A longer field in a data row makes that row an error; in the
    /// header it makes the file one.
    public var maxFieldBytes: Int
    /// Most fields kept in all (data rows times columns). A file of nearly empty fields is small on disk
    /// but not in memory: a field costs a few bytes in the file and sixteen once read.
    public var maxCells: Int

    public init(maxBytes: Int = 16 << 20, maxRows: Int = 100_000, maxColumns: Int = 4_096,
                maxFieldBytes: Int = 256 << 10, maxCells: Int = 2_000_000) {
        self.maxBytes = maxBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxFieldBytes = maxFieldBytes
        self.maxCells = maxCells
    }

    /// 16 MiB, 100,000 rows, 4,096 columns, 256 KiB per field, 2,000,000 fields in all.
    public static let `default` = CSVLimits()
}
