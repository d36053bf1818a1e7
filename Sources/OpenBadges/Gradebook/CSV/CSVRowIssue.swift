/// A problem confined to one data row: the row is left out, and reading goes on with the next one.
public struct CSVRowIssue: Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        /// A quoted field never closes. Reading resumes on the line after the one where the quote opened,
        /// so one stray quote costs one row, not the rest of the file.
        case unterminatedQuote
        /// A quoted field is followed by something other than a delimiter or the end of the row.
        case textAfterClosingQuote
        case fieldTooLong(limit: Int)
        /// More non-empty fields than the header has columns (trailing empty fields are allowed).
        case tooManyFields(found: Int, expected: Int)
        case tooFewFields(found: Int, expected: Int)
    }

    public let reason: Reason
    /// The row, and the column when one field is at fault.
    public let position: CSVPosition

    public init(_ reason: Reason, at position: CSVPosition) {
        self.reason = reason
        self.position = position
    }

    /// A stable identifier of the reason, for reports and tests.
    public var code: String {
        switch reason {
        case .unterminatedQuote: "csv.unterminated_quote"
        case .textAfterClosingQuote: "csv.text_after_quote"
        case .fieldTooLong: "csv.field_too_long"
        case .tooManyFields: "csv.too_many_fields"
        case .tooFewFields: "csv.too_few_fields"
        }
    }

    public var message: String {
        switch reason {
        case .unterminatedQuote:
            "this quoted field is never closed; the row is skipped and reading resumes on the next line"
        case .textAfterClosingQuote:
            "a quoted field has text after its closing quote; write a quote inside a quoted field as \"\""
        case .fieldTooLong(let limit):
            "the field is longer than \(limit) bytes"
        case .tooManyFields(let found, let expected):
            "the row has \(found) fields but the header has \(expected) columns"
        case .tooFewFields(let found, let expected):
            "the row has \(found) fields but the header has \(expected) columns"
        }
    }

    public var description: String { "\(message), at \(position)" }
}
