/// Reads a CSV file as spreadsheets and learning platforms write it.
///
/// RFC 4180, plus what real files carry: UTF-8 with or without a byte-order mark; comma, semicolon or tab
/// delimiters (detected from the header unless given, or named by Excel's `sep=;` first line); quoted
/// fields holding delimiters, quotes and line breaks; CRLF, LF and CR line ends; empty rows (skipped, but
/// counted, so row numbers match what a spreadsheet shows); trailing empty columns.
///
/// Problems of the whole file (size, encoding, header, limits) throw a ``CSVError``. A problem in one data
/// row (a field count that differs from the header's, an unclosed quote, an oversized field) leaves that
/// row out with a ``CSVRowIssue``, and the other rows are still read.
public struct CSVReader: Sendable {
    /// The delimiter, or `nil` to detect it from the header row.
    public var delimiter: CSVDelimiter?
    public var limits: CSVLimits

    public init(delimiter: CSVDelimiter? = nil, limits: CSVLimits = .default) {
        self.delimiter = delimiter
        self.limits = limits
    }

    public func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
        // Checked before touching the contents: a 50 MB upload costs nothing but this comparison.
        guard bytes.count <= limits.maxBytes else {
            throw CSVError(.fileTooLarge(size: bytes.count, limit: limits.maxBytes))
        }
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(CSVError) -> CSVTable in try read(buffer) }
        }
        return try result.get()
    }

    private func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(CSVError) -> CSVTable {
        if let reason = EncodingCheck.sniff(bytes) {
            throw CSVError(reason, at: CSVPosition(row: 1, line: 1, byteOffset: 0))
        }
        let hadByteOrderMark = EncodingCheck.hasByteOrderMark(bytes)
        var start = hadByteOrderMark ? 3 : 0
        if let failure = UTF8Check.firstFailure(in: bytes, from: start) {
            throw encodingError(failure, in: bytes, start: start)
        }

        var firstLine = 1
        var chosen = delimiter
        if let (named, next) = try separatorLine(bytes, at: start) {
            chosen = chosen ?? named
            start = next
            firstLine = 2
        }
        let delimiter = chosen ?? DelimiterDetection.detect(bytes, from: start)

        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter.byte, maxFieldBytes: limits.maxFieldBytes,
                                 start: start, firstLine: firstLine)
        var emptyRows = 0
        var header: CSVRecord?
        while header == nil, let record = try scanner.next(storeLimit: limits.maxColumns, stopAfter: limits.maxColumns) {
            let position = CSVPosition(row: record.row, line: record.line, byteOffset: record.offset)
            if record.stoppedEarly { throw CSVError(.tooManyColumns(limit: limits.maxColumns), at: position) }
            if let issue = record.issue {
                let at = CSVPosition(row: record.row, column: issue.column, line: issue.line, byteOffset: issue.offset)
                switch issue.reason {
                case .unterminatedQuote: throw CSVError(.unterminatedQuoteInHeader, at: at)
                case .fieldTooLong(let limit): throw CSVError(.headerFieldTooLong(limit: limit), at: at)
                default: throw CSVError(.textAfterClosingQuoteInHeader, at: at)
                }
            }
            if record.isEmpty {
                emptyRows += 1
                continue
            }
            var fields = record.fields
            // Spreadsheets pad rows with empty columns; a nameless column at the end is not a column.
            while let last = fields.last, last.allSatisfy(\.isWhitespace) { fields.removeLast() }
            header = CSVRecord(row: record.row, line: record.line, fields: fields)
        }
        guard let header else { throw CSVError(.noHeader) }

        let width = header.fields.count
        var records: [CSVRecord] = []
        var issues: [CSVRowIssue] = []
        var dataRows = 0
        while let record = try scanner.next(storeLimit: width) {
            if record.isEmpty && record.issue == nil {
                emptyRows += 1
                continue
            }
            dataRows += 1
            guard dataRows <= limits.maxRows else {
                throw CSVError(.tooManyRows(limit: limits.maxRows),
                               at: CSVPosition(row: record.row, line: record.line, byteOffset: record.offset))
            }
            if let issue = record.issue {
                issues.append(CSVRowIssue(issue.reason, at: CSVPosition(row: record.row, column: issue.column,
                                                                         line: issue.line, byteOffset: issue.offset)))
            } else if record.fieldCount < width {
                issues.append(CSVRowIssue(.tooFewFields(found: record.fieldCount, expected: width),
                                          at: CSVPosition(row: record.row, line: record.line, byteOffset: record.offset)))
            } else if let extra = record.firstExtraContentColumn {
                issues.append(CSVRowIssue(.tooManyFields(found: record.fieldCount, expected: width),
                                          at: CSVPosition(row: record.row, column: extra, line: record.line,
                                                          byteOffset: record.offset)))
            } else {
                guard (records.count + 1) * width <= limits.maxCells else {
                    throw CSVError(.tooManyCells(limit: limits.maxCells),
                                   at: CSVPosition(row: record.row, line: record.line, byteOffset: record.offset))
                }
                records.append(CSVRecord(row: record.row, line: record.line, fields: record.fields))
            }
        }
        return CSVTable(header: header, records: records, issues: issues, delimiter: delimiter,
                        hadByteOrderMark: hadByteOrderMark, emptyRowsSkipped: emptyRows)
    }

    /// Excel's `sep=;` first line names the delimiter; spreadsheets hide it, so it is not a row.
    private func separatorLine(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) throws(CSVError) -> (CSVDelimiter, Int)? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= start + prefix.count + 1 else { return nil }
        for (i, byte) in prefix.enumerated() where bytes[start + i] | 0x20 != byte | 0x20 { return nil }
        var end = start + prefix.count + 1
        let isLineEnd = { (i: Int) in i >= bytes.count || bytes[i] == UInt8(ascii: "\r") || bytes[i] == UInt8(ascii: "\n") }
        guard isLineEnd(end) else { return nil }
        let named = bytes[start + prefix.count]
        guard let delimiter = CSVDelimiter(byte: named) else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            throw CSVError(.unsupportedSeparatorLine(text), at: CSVPosition(row: 1, line: 1, byteOffset: start))
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\r") { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\n") { end += 1 }
        return (delimiter, end)
    }

    /// Says where an invalid byte is in spreadsheet terms (row and column) as well as by line and offset.
    private func encodingError(_ failure: UTF8Check.Failure, in bytes: UnsafeBufferPointer<UInt8>, start: Int) -> CSVError {
        let offset = failure.offset
        let reason: CSVError.Reason
        switch failure {
        case .nul: reason = .nulByte
        case .invalid(let at, let byte): reason = .invalidUTF8(byte: byte, likelyLegacyEncoding: UTF8Check.looksLegacy(bytes, at: at))
        }
        var line = 1
        var i = 0
        while i < offset {
            if bytes[i] == UInt8(ascii: "\n") || (bytes[i] == UInt8(ascii: "\r") && (i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "\n"))) {
                line += 1
            }
            i += 1
        }
        // Locating the field needs the delimiter; the rows before the bad byte are valid UTF-8.
        let delimiter = self.delimiter ?? DelimiterDetection.detect(bytes, from: start)
        var scanner = CSVScanner(bytes: bytes, delimiter: delimiter.byte, maxFieldBytes: .max, start: start, firstLine: 1)
        scanner.probe = offset
        var row = 1
        while let record = try? scanner.next(storeLimit: 0) {
            row = record.row
            if scanner.offset > offset || scanner.isAtEnd { break }
        }
        return CSVError(reason, at: CSVPosition(row: row, column: scanner.probeColumn, line: line, byteOffset: offset))
    }
}
