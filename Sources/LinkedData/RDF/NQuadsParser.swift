/// A strict parser for RDF 1.1 N-Quads (and so N-Triples).
///
/// It accepts exactly the W3C grammar: absolute IRIs in `<>`, blank node labels, string literals with
/// ECHAR/UCHAR escapes and an optional language tag or datatype, an optional graph label, comments and blank
/// lines. The input must be well-formed UTF-8. RDF 1.2 additions (triple terms, base directions, `VERSION`)
/// are rejected with an error that says so. Every error names its line and column.
///
/// Duplicate statements are returned as often as they occur; an RDF dataset is a set, and
/// `RDFCanonicalizer` removes them.
public struct NQuadsParser: Sendable {
    /// Bounds on the work a document may cause.
    public struct Limits: Sendable, Equatable {
        /// The largest document accepted, in bytes.
        public var maxBytes: Int
        /// The most lines accepted, counting blank and comment lines.
        public var maxLines: Int

        public init(maxBytes: Int = 8 << 20, maxLines: Int = 200_000) {
            self.maxBytes = maxBytes
            self.maxLines = maxLines
        }

        public static let `default` = Limits()
    }

    public var limits: Limits

    public init(limits: Limits = .default) { self.limits = limits }

    public func parse(_ bytes: [UInt8]) throws(NQuadsParseError) -> [RDFQuad] {
        // withUnsafeBufferPointer's closure cannot carry a typed throw, so the result travels as a Result.
        let result: Result<[RDFQuad], NQuadsParseError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(NQuadsParseError) { return .success(try parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    public func parse(_ text: String) throws(NQuadsParseError) -> [RDFQuad] {
        try parse(Array(text.utf8))
    }

    /// Parses the bytes in `buffer`, which must stay valid for the duration of the call.
    public func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(NQuadsParseError) -> [RDFQuad] {
        var reader = NQuadsReader(buffer, limits: limits)
        if buffer.count > limits.maxBytes {
            throw NQuadsParseError(
                .limitExceeded, line: 1, column: 1,
                "the document is \(buffer.count) bytes; the limit is \(limits.maxBytes) (maxBytes)")
        }
        if let bad = UTF8Validation.firstInvalidByte(in: buffer) {
            throw reader.error(.encoding, at: bad, "byte 0x\(String(buffer[bad], radix: 16)) does not form a UTF-8 character")
        }
        return try reader.readDocument()
    }

    public static func parse(_ bytes: [UInt8], limits: Limits = .default) throws(NQuadsParseError) -> [RDFQuad] {
        try NQuadsParser(limits: limits).parse(bytes)
    }

    public static func parse(_ text: String, limits: Limits = .default) throws(NQuadsParseError) -> [RDFQuad] {
        try NQuadsParser(limits: limits).parse(text)
    }
}
