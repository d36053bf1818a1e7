/// Why and where a document is not acceptable JSON. `offset` is the 0-based byte offset of the problem;
/// `line` and `column` (1-based, column in bytes) say the same for a person.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case emptyInput
        case byteOrderMark
        case unexpectedEnd(expected: String)
        case unexpectedCharacter(found: String, expected: String)
        case invalidUTF8
        case controlCharacterInString(UInt8)
        case invalidEscape(String)
        case loneSurrogate(String)
        case invalidNumber(String)
        case numberOutOfRange(String)
        case numberTooLong(limit: Int)
        case duplicateKey(String)
        case depthLimitExceeded(limit: Int)
        case sizeLimitExceeded(size: Int, limit: Int)
        case trailingContent
    }

    public let reason: Reason
    public let offset: Int
    public let line: Int
    public let column: Int

    public init(reason: Reason, offset: Int, line: Int, column: Int) {
        self.reason = reason
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// What is wrong, without the position.
    public var message: String {
        switch reason {
        case .emptyInput: "the input is empty; expected a JSON value"
        case .byteOrderMark: "the input starts with a byte-order mark, which JSON text must not have"
        case .unexpectedEnd(let expected): "the input ends too early; expected \(expected)"
        case .unexpectedCharacter(let found, let expected): "unexpected \(found); expected \(expected)"
        case .invalidUTF8: "invalid UTF-8 byte sequence (JSON text must be UTF-8)"
        case .controlCharacterInString(let byte):
            "unescaped control character U+\(String(format2: byte)) inside a string (write it as an escape such as \\n)"
        case .invalidEscape(let text): "invalid escape sequence \(text) in a string"
        case .loneSurrogate(let text): "the escape \(text) is half of a UTF-16 surrogate pair without its other half"
        case .invalidNumber(let text): "invalid number \(text)"
        case .numberOutOfRange(let text): "the number \(text) is too large for a 64-bit floating-point value"
        case .numberTooLong(let limit): "a number longer than \(limit) characters"
        case .duplicateKey(let key): "the key \"\(key)\" appears twice in the same object"
        case .depthLimitExceeded(let limit): "arrays and objects are nested more than \(limit) levels deep"
        case .sizeLimitExceeded(let size, let limit): "the input is \(size) bytes; the limit is \(limit) bytes"
        case .trailingContent: "unexpected content after the JSON value"
        }
    }

    public var description: String { "\(message) at line \(line), column \(column) (byte \(offset))" }
}

extension String {
    /// Two upper-case hexadecimal digits.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789ABCDEF".utf8)
        self.init(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]], as: UTF8.self)
    }
}
