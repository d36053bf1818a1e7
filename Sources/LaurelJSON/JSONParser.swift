/// A strict RFC 8259 parser.
///
/// Accepts exactly the JSON grammar over UTF-8 input and refuses what lenient parsers let through, since
/// any ambiguity in a signed document is a place for two verifiers to disagree: invalid UTF-8, lone
/// surrogate escapes, duplicate keys (compared byte for byte), numbers that overflow a double, a leading
/// byte-order mark, content after the value. Size and nesting depth are bounded so that hostile input
/// costs bounded time and memory.
public struct JSONParser: Sendable {
    public struct Limits: Sendable, Equatable {
        /// Largest accepted input, in bytes.
        public var maxBytes: Int
        /// Deepest accepted nesting of arrays and objects.
        public var maxDepth: Int
        /// Longest accepted number literal.
        public var maxNumberLength: Int

        public init(maxBytes: Int = 8 << 20, maxDepth: Int = 128, maxNumberLength: Int = 400) {
            self.maxBytes = maxBytes
            self.maxDepth = maxDepth
            self.maxNumberLength = maxNumberLength
        }

        /// 8 MiB, 128 levels: generous for credentials, contexts and schemas.
        public static let `default` = Limits()
    }

    public var limits: Limits

    public init(limits: Limits = .default) { self.limits = limits }

    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSON {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONParseError) -> JSON in try parse(buffer) }
        }
        return try result.get()
    }

    public func parse(_ text: String) throws(JSONParseError) -> JSON {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(JSONParseError) -> JSON in try parse(buffer) }
        }
        return try result.get()
    }

    public func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSON {
        var scanner = Scanner(bytes: buffer, limits: limits)
        return try scanner.parseDocument()
    }
}

extension JSON {
    /// Parses UTF-8 JSON text with the default limits.
    public static func parse(_ bytes: [UInt8], limits: JSONParser.Limits = .default) throws(JSONParseError) -> JSON {
        try JSONParser(limits: limits).parse(bytes)
    }

    /// Parses JSON text with the default limits.
    public static func parse(_ text: String, limits: JSONParser.Limits = .default) throws(JSONParseError) -> JSON {
        try JSONParser(limits: limits).parse(text)
    }
}

// MARK: - Scanner

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: JSONParser.Limits
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    mutating func parseDocument() throws(JSONParseError) -> JSON {
        guard bytes.count <= limits.maxBytes else {
            throw error(.sizeLimitExceeded(size: bytes.count, limit: limits.maxBytes), at: 0)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            throw error(.byteOrderMark, at: 0)
        }
        skipWhitespace()
        guard index < bytes.count else { throw error(.emptyInput, at: index) }
        let value = try parseValue()
        skipWhitespace()
        guard index == bytes.count else { throw error(.trailingContent, at: index) }
        return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONParseError) -> JSON {
        guard index < bytes.count else { throw error(.unexpectedEnd(expected: "a value"), at: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw unexpected(expected: "a value")
        }
    }

    mutating func parseObject() throws(JSONParseError) -> JSON {
        try enterContainer()
        index += 1  // {
        var members: [JSONObject.Member] = []
        var seen: Set<ExactKey>? = nil
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return .object(JSONObject())
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd(expected: "a key string"), at: index) }
            guard bytes[index] == UInt8(ascii: "\"") else { throw unexpected(expected: "a key string") }
            let keyOffset = index
            let key = try parseString()
            if isDuplicate(key, in: members, seen: &seen) {
                throw error(.duplicateKey(key), at: keyOffset)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after the key")
            skipWhitespace()
            let value = try parseValue()
            members.append(JSONObject.Member(key: key, value: value))
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd(expected: "',' or '}'"), at: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw unexpected(expected: "',' or '}'")
        }
        depth -= 1
        return .object(JSONObject(members: members))
    }

    /// Linear for small objects; a byte-exact hash set once an object grows, so a hostile object with
    /// many keys stays linear overall.
    func isDuplicate(_ key: String, in members: [JSONObject.Member], seen: inout Set<ExactKey>?) -> Bool {
        if members.count < 16 {
            return members.contains { JSONObject.sameKey($0.key, key) }
        }
        if seen == nil { seen = Set(members.map { ExactKey($0.key) }) }
        return seen?.insert(ExactKey(key)).inserted == false
    }

    mutating func parseArray() throws(JSONParseError) -> JSON {
        try enterContainer()
        index += 1  // [
        var elements: [JSON] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .array([])
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error(.unexpectedEnd(expected: "',' or ']'"), at: index) }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw unexpected(expected: "',' or ']'")
        }
        depth -= 1
        return .array(elements)
    }

    mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > limits.maxDepth { throw error(.depthLimitExceeded(limit: limits.maxDepth), at: index) }
    }

    // MARK: Strings

    mutating func parseString() throws(JSONParseError) -> String {
        index += 1  // opening quote
        let start = index
        // Fast path: ASCII without escapes becomes a String straight from the input.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        var buffer: [UInt8] = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw error(.controlCharacterInString(byte), at: index)
            case 0x20..<0x80:
                buffer.append(byte)
                index += 1
            default:
                let length = try validUTF8SequenceLength(at: index)
                buffer.append(contentsOf: bytes[index..<index + length])
                index += length
            }
        }
        throw error(.unexpectedEnd(expected: "'\"' to close the string"), at: index)
    }

    mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONParseError) {
        let escapeStart = index
        index += 1  // backslash
        guard index < bytes.count else { throw error(.unexpectedEnd(expected: "an escape sequence"), at: index) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): buffer.append(0x22)
        case UInt8(ascii: "\\"): buffer.append(0x5C)
        case UInt8(ascii: "/"): buffer.append(0x2F)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHex4(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed at once by an escaped low surrogate.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error(.loneSurrogate(escapeText(from: escapeStart, count: 6)), at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = try parseHex4(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error(.loneSurrogate(escapeText(from: escapeStart, count: 6)), at: escapeStart)
                }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw error(.loneSurrogate(escapeText(from: escapeStart, count: 6)), at: escapeStart)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else {
                throw error(.loneSurrogate(escapeText(from: escapeStart, count: 6)), at: escapeStart)
            }
            buffer.append(contentsOf: scalar.utf8)
        default:
            throw error(.invalidEscape(escapeText(from: escapeStart, count: 2)), at: escapeStart)
        }
    }

    mutating func parseHex4(escapeStart: Int) throws(JSONParseError) -> UInt16 {
        guard index + 4 <= bytes.count else {
            throw error(.invalidEscape(escapeText(from: escapeStart, count: bytes.count - escapeStart)), at: escapeStart)
        }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error(.invalidEscape(escapeText(from: escapeStart, count: 6)), at: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    func escapeText(from start: Int, count: Int) -> String {
        let end = min(bytes.count, start + max(0, count))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The length of the well-formed UTF-8 sequence (RFC 3629) starting at `position`.
    func validUTF8SequenceLength(at position: Int) throws(JSONParseError) -> Int {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F  // no UTF-16 surrogates
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F  // nothing above U+10FFFF
        default: throw error(.invalidUTF8, at: position)
        }
        guard position + length <= bytes.count else { throw error(.invalidUTF8, at: position) }
        guard secondRange.contains(bytes[position + 1]) else { throw error(.invalidUTF8, at: position) }
        for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[position + offset]) {
            throw error(.invalidUTF8, at: position)
        }
        return length
    }

    // MARK: Numbers

    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw invalidNumber(from: start) }  // leading zero
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw invalidNumber(from: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        guard index - start <= limits.maxNumberLength else {
            throw error(.numberTooLong(limit: limits.maxNumberLength), at: start)
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(literal), value.isFinite else {
            throw error(.numberOutOfRange(literal), at: start)
        }
        return JSONNumber(validatedLiteral: literal, value: value)
    }

    mutating func invalidNumber(from start: Int) -> JSONParseError {
        var end = index
        while end < bytes.count, end - start < 32, !isDelimiter(bytes[end]) { end += 1 }
        return error(.invalidNumber(escapeText(from: start, count: max(1, end - start))), at: start)
    }

    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): true
        default: false
        }
    }

    // MARK: Tokens

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    mutating func expect(_ byte: UInt8, _ expected: String) throws(JSONParseError) {
        guard index < bytes.count else { throw error(.unexpectedEnd(expected: expected), at: index) }
        guard bytes[index] == byte else { throw unexpected(expected: expected) }
        index += 1
    }

    mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let start = index
        let length = word.utf8CodeUnitCount
        let matches = word.withUTF8Buffer { expected in
            start + length <= bytes.count && expected.elementsEqual(bytes[start..<start + length])
        }
        guard matches else { throw unexpected(expected: "a value") }
        index += length
    }

    func unexpected(expected: String) -> JSONParseError {
        error(.unexpectedCharacter(found: describeByte(at: index), expected: expected), at: index)
    }

    func describeByte(at position: Int) -> String {
        let byte = bytes[position]
        switch byte {
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        default: return "byte 0x\(String(format2: byte))"
        }
    }

    func error(_ reason: JSONParseError.Reason, at offset: Int) -> JSONParseError {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, bytes.count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return JSONParseError(reason: reason, offset: offset, line: line, column: offset - lineStart + 1)
    }
}

/// A string key hashed and compared by its UTF-8 bytes.
struct ExactKey: Hashable {
    let string: String
    init(_ string: String) { self.string = string }
    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool { JSONObject.sameKey(lhs.string, rhs.string) }
    func hash(into hasher: inout Hasher) {
        hasher.combineBytes(of: string)
    }
}
