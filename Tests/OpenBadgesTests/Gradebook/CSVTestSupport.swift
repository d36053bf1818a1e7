import OpenBadges
import Testing

/// Reading CSV text in tests, and insisting on the error a case should give.
enum CSVTesting {
    static func read(_ text: String, delimiter: CSVDelimiter? = nil, limits: CSVLimits = .default) throws -> CSVTable {
        try CSVReader(delimiter: delimiter, limits: limits).read(Array(text.utf8))
    }

    /// The error reading `bytes` throws; records an issue when it does not throw one.
    static func error(_ bytes: [UInt8], limits: CSVLimits = .default,
                      sourceLocation: SourceLocation = #_sourceLocation) -> CSVError? {
        do {
            let table = try CSVReader(limits: limits).read(bytes)
            Issue.record("expected an error, read \(table.records.count) rows", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    static func fields(_ table: CSVTable) -> [[String]] { table.records.map(\.fields) }
}
