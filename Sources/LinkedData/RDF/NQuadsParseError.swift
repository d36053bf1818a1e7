/// Why an N-Quads document was rejected, and where.
///
/// `line` and `column` are 1-based; the column counts Unicode scalars from the start of the line, so it
/// matches what an editor shows for UTF-8 text. Limit errors point at the place the limit was crossed.
public struct NQuadsParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The bytes do not match the N-Quads grammar.
        case syntax = "syntax error"
        /// The bytes are not well-formed UTF-8.
        case encoding = "invalid UTF-8"
        /// A configured size or line-count limit was exceeded.
        case limitExceeded = "limit exceeded"
    }

    public let kind: Kind
    public let line: Int
    public let column: Int
    /// What was wrong, for a person.
    public let message: String

    public init(_ kind: Kind, line: Int, column: Int, _ message: String) {
        self.kind = kind
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "N-Quads \(kind.rawValue) at line \(line), column \(column): \(message)" }
}
