/// The byte-level state machine behind ``CSVReader``: splits UTF-8 bytes into records and fields.
///
/// Delimiters, quotes and line ends are ASCII, so they never occur inside a multi-byte sequence and the
/// scanner can work on bytes. It follows RFC 4180 (a field is quoted when it starts with `"`, and `""`
/// inside it is one quote) and accepts what real files add: CRLF, LF or CR line ends, in any mix, and a
/// `"` inside an unquoted field, kept as a literal character as spreadsheets read it.
///
/// It never stores more than it is asked to: at most `storeLimit` fields per record and `maxFieldBytes`
/// per field. The cost of a hostile record is the time to step over its bytes, never memory.
struct CSVScanner {
    struct Issue {
        var reason: CSVRowIssue.Reason
        var column: Int
        var line: Int
        var offset: Int
    }

    struct Record {
        var row: Int
        var line: Int
        var offset: Int
        /// The first `storeLimit` fields.
        var fields: [String] = []
        /// Every field, stored or not.
        var fieldCount = 0
        /// The 1-based column of the first field beyond `storeLimit` that holds something.
        var firstExtraContentColumn: Int?
        /// True when no field holds anything but spaces.
        var isEmpty = true
        /// The first problem in the record; a record with one is not usable.
        var issue: Issue?
        /// The record had more than `stopAfter` fields and was abandoned there.
        var stoppedEarly = false
    }

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    let bytes: UnsafeBufferPointer<UInt8>
    let delimiter: UInt8
    let maxFieldBytes: Int
    /// Where the next record starts.
    private(set) var offset: Int
    /// The row number the next record gets.
    private(set) var row: Int
    /// The physical line the next record starts on.
    private(set) var line: Int
    /// Bytes that re-reading after unterminated quotes may still cost; without a budget, a file of
    /// unbalanced quotes could be re-read once per line.
    private var recoveryBudget: Int
    /// Reused storage for a quoted field's unescaped bytes.
    private var buffer: [UInt8] = []
    /// When set, the column and line of the field containing this byte offset are tracked (to say where
    /// an encoding error is).
    var probe: Int?
    private(set) var probeColumn = 0

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, maxFieldBytes: Int, start: Int, firstLine: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.maxFieldBytes = maxFieldBytes
        self.offset = start
        self.row = 1
        self.line = firstLine
        self.recoveryBudget = 2 * bytes.count + (64 << 10)
    }

    var isAtEnd: Bool { offset >= bytes.count }

    /// The next record, or `nil` at the end of the input.
    mutating func next(storeLimit: Int, stopAfter: Int = .max) throws(CSVError) -> Record? {
        let end = bytes.count
        guard offset < end else { return nil }
        var record = Record(row: row, line: line, offset: offset)
        var column = 0
        while true {
            column += 1
            if column > stopAfter {
                record.stoppedEarly = true
                record.fieldCount = column - 1
                return record
            }
            let fieldStart = offset
            if let probe, fieldStart <= probe { probeColumn = column }
            var value: String?
            var hasContent = false

            if offset < end && bytes[offset] == Self.quote {
                let openLine = line
                offset += 1
                buffer.removeAll(keepingCapacity: true)
                var length = 0
                var resumeAt: Int?
                var resumeLine = line
                var closed = false
                while offset < end {
                    var byte = bytes[offset]
                    if byte == Self.quote {
                        if offset + 1 < end && bytes[offset + 1] == Self.quote {
                            offset += 2
                        } else {
                            offset += 1
                            closed = true
                            break
                        }
                    } else if byte == Self.cr || byte == Self.lf {
                        // A line break inside the field is kept as LF whatever the file uses.
                        offset += (byte == Self.cr && offset + 1 < end && bytes[offset + 1] == Self.lf) ? 2 : 1
                        line += 1
                        if resumeAt == nil {
                            resumeAt = offset
                            resumeLine = line
                        }
                        byte = Self.lf
                    } else {
                        offset += 1
                    }
                    if length < maxFieldBytes { buffer.append(byte) }
                    length += 1
                }
                // A quote that closes only after a line break and is then followed by text was a stray
                // one that paired with the next field's opening quote; legitimate multi-line fields close
                // right before a delimiter or a line end. Both cases are treated as an unclosed quote.
                let strayPair = closed && resumeAt != nil && offset < end
                    && bytes[offset] != delimiter && bytes[offset] != Self.cr && bytes[offset] != Self.lf
                guard closed && !strayPair else {
                    // Resume on the line after the opening quote: one stray quote costs one row.
                    record.issue = Issue(reason: .unterminatedQuote, column: column, line: openLine, offset: fieldStart)
                    if let resumeAt {
                        recoveryBudget -= offset - resumeAt
                        guard recoveryBudget >= 0 else {
                            throw CSVError(.tooManyUnterminatedQuotes,
                                           at: CSVPosition(row: record.row, column: column, line: openLine, byteOffset: fieldStart))
                        }
                        offset = resumeAt
                        line = resumeLine
                    }
                    record.fieldCount = column
                    record.isEmpty = false
                    row += 1
                    return record
                }
                hasContent = length > 0
                if length > maxFieldBytes {
                    if record.issue == nil {
                        record.issue = Issue(reason: .fieldTooLong(limit: maxFieldBytes), column: column, line: openLine, offset: fieldStart)
                    }
                } else if column <= storeLimit {
                    value = String(decoding: buffer, as: UTF8.self)
                }
                if offset < end, bytes[offset] != delimiter, bytes[offset] != Self.cr, bytes[offset] != Self.lf {
                    if record.issue == nil {
                        record.issue = Issue(reason: .textAfterClosingQuote, column: column, line: line, offset: offset)
                    }
                    while offset < end, bytes[offset] != delimiter, bytes[offset] != Self.cr, bytes[offset] != Self.lf {
                        offset += 1
                    }
                }
            } else {
                while offset < end {
                    let byte = bytes[offset]
                    if byte == delimiter || byte == Self.cr || byte == Self.lf { break }
                    if byte != Self.space && byte != Self.tab { hasContent = true }
                    offset += 1
                }
                let length = offset - fieldStart
                if length > maxFieldBytes {
                    if record.issue == nil {
                        record.issue = Issue(reason: .fieldTooLong(limit: maxFieldBytes), column: column, line: line, offset: fieldStart)
                    }
                } else if column <= storeLimit {
                    value = String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<offset]), as: UTF8.self)
                }
            }

            if column <= storeLimit {
                record.fields.append(value ?? "")
            } else if hasContent && record.firstExtraContentColumn == nil {
                record.firstExtraContentColumn = column
            }
            if hasContent { record.isEmpty = false }

            guard offset < end else { break }
            let byte = bytes[offset]
            if byte == delimiter {
                offset += 1
                continue
            }
            offset += (byte == Self.cr && offset + 1 < end && bytes[offset + 1] == Self.lf) ? 2 : 1
            line += 1
            break
        }
        record.fieldCount = column
        row += 1
        return record
    }
}
