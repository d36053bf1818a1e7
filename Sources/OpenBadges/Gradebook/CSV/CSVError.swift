/// Why a CSV file could not be read at all.
///
/// These are problems of the file as a whole (its size, its encoding, its header) or limits a hostile file
/// runs into. A problem confined to one data row is a ``CSVRowIssue`` instead, and the other rows are still
/// read.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case fileTooLarge(size: Int, limit: Int)
        /// The file holds nothing but whitespace, empty rows or a byte-order mark.
        case noHeader
        case utf16(bigEndian: Bool, byteOrderMark: Bool)
        case utf32(bigEndian: Bool)
        /// A spreadsheet workbook (`xlsx`, `ods`, `xls`) rather than its CSV export.
        case workbook(kind: String)
        case nulByte
        case invalidUTF8(byte: UInt8, likelyLegacyEncoding: Bool)
        case unsupportedSeparatorLine(String)
        case tooManyRows(limit: Int)
        case tooManyColumns(limit: Int)
        case tooManyCells(limit: Int)
        case headerFieldTooLong(limit: Int)
        case unterminatedQuoteInHeader
        case textAfterClosingQuoteInHeader
        /// So many quotes were left open that re-reading after each would cost more than the file is worth.
        case tooManyUnterminatedQuotes
    }

    public let reason: Reason
    public let position: CSVPosition?

    public init(_ reason: Reason, at position: CSVPosition? = nil) {
        self.reason = reason
        self.position = position
    }

    /// A stable identifier of the reason, for reports and tests.
    public var code: String {
        switch reason {
        case .fileTooLarge: "csv.file_too_large"
        case .noHeader: "csv.no_header"
        case .utf16: "csv.utf16"
        case .utf32: "csv.utf32"
        case .workbook: "csv.workbook"
        case .nulByte: "csv.nul_byte"
        case .invalidUTF8: "csv.invalid_utf8"
        case .unsupportedSeparatorLine: "csv.unsupported_separator"
        case .tooManyRows: "csv.too_many_rows"
        case .tooManyColumns: "csv.too_many_columns"
        case .tooManyCells: "csv.too_many_cells"
        case .headerFieldTooLong: "csv.header_field_too_long"
        case .unterminatedQuoteInHeader: "csv.header_unterminated_quote"
        case .textAfterClosingQuoteInHeader: "csv.header_text_after_quote"
        case .tooManyUnterminatedQuotes: "csv.too_many_unterminated_quotes"
        }
    }

    /// What is wrong, without the position.
    public var message: String {
        switch reason {
        case .fileTooLarge(let size, let limit):
            "the file is \(size) bytes; the limit is \(limit) bytes"
        case .noHeader:
            "the file has no header row: it is empty or holds only empty rows"
        case .utf16(let bigEndian, let mark):
            "the file is UTF-16 (\(bigEndian ? "big" : "little")-endian\(mark ? ", with a byte-order mark" : ""))"
                + ", not UTF-8; save it as \"CSV UTF-8\" (or export it again choosing UTF-8)"
        case .utf32(let bigEndian):
            "the file is UTF-32 (\(bigEndian ? "big" : "little")-endian), not UTF-8; save it as \"CSV UTF-8\""
        case .workbook(let kind):
            "the file is a spreadsheet workbook (\(kind)), not CSV; save or export the sheet as \"CSV UTF-8\""
        case .nulByte:
            "the file contains a NUL byte: it is binary, or UTF-16 without a byte-order mark; save it as \"CSV UTF-8\""
        case .invalidUTF8(let byte, let legacy):
            "byte 0x\(Self.hex(byte)) is not valid UTF-8"
                + (legacy ? "; the file looks saved in a legacy encoding such as Windows-1252 or ISO-8859-1 "
                    + "(Excel's plain \"CSV\" does this): save it as \"CSV UTF-8\"" : "")
        case .unsupportedSeparatorLine(let line):
            "the first line \"\(line)\" names a separator Laurel does not read; use a comma, semicolon or tab"
        case .tooManyRows(let limit):
            "the file has more than \(limit) data rows"
        case .tooManyColumns(let limit):
            "the header has more than \(limit) columns"
        case .tooManyCells(let limit):
            "the file has more than \(limit) fields in all (rows times columns)"
        case .headerFieldTooLong(let limit):
            "a header field is longer than \(limit) bytes"
        case .unterminatedQuoteInHeader:
            "a quoted header field is never closed (a \" without its closing \")"
        case .textAfterClosingQuoteInHeader:
            "a quoted header field has text after its closing quote; write a quote inside a quoted field as \"\""
        case .tooManyUnterminatedQuotes:
            "too many quoted fields are never closed to recover the rows after them; check the file's quotes"
        }
    }

    public var description: String {
        guard let position else { return message }
        return "\(message), at \(position)"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
