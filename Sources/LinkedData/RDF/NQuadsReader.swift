/// The grammar of RDF 1.1 N-Quads over well-formed UTF-8 bytes; `NQuadsParser` checks the encoding and
/// the size limit first.
struct NQuadsReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: NQuadsParser.Limits
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// Reused for lexical forms and IRIs that contain escapes.
    private var scratch: [UInt8] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>, limits: NQuadsParser.Limits) {
        self.bytes = bytes
        self.limits = limits
    }

    // MARK: Document and statements

    mutating func readDocument() throws(NQuadsParseError) -> [RDFQuad] {
        var quads: [RDFQuad] = []
        while true {
            skipSpaces()
            guard position < bytes.count else { break }
            switch bytes[position] {
            case UInt8(ascii: "#"):
                skipComment()
            case 0x0A, 0x0D:
                try consumeLineBreaks()
            default:
                quads.append(try readStatement())
                skipSpaces()
                if position < bytes.count, bytes[position] == UInt8(ascii: "#") { skipComment() }
                guard position < bytes.count else { break }
                guard bytes[position] == 0x0A || bytes[position] == 0x0D else {
                    throw error(at: position, "expected the end of the line after '.', found \(describe(at: position))")
                }
                try consumeLineBreaks()
            }
        }
        return quads
    }

    private mutating func readStatement() throws(NQuadsParseError) -> RDFQuad {
        let subject = try readSubjectOrGraphLabel(role: "subject")
        skipSpaces()
        let predicate = try readPredicate()
        skipSpaces()
        let object = try readObject()
        skipSpaces()
        var graph: RDFTerm?
        if position < bytes.count, bytes[position] == UInt8(ascii: "<") || bytes[position] == UInt8(ascii: "_") {
            graph = try readSubjectOrGraphLabel(role: "graph label")
            skipSpaces()
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: ".") else {
            let expected = graph == nil ? "a graph label or '.'" : "'.'"
            throw error(at: position, "expected \(expected) to end the statement, found \(describe(at: position))")
        }
        position += 1
        return RDFQuad(subject: subject, predicate: predicate, object: object, graph: graph)
    }

    private mutating func readSubjectOrGraphLabel(role: String) throws(NQuadsParseError) -> RDFTerm {
        guard position < bytes.count else { throw error(at: position, "expected a \(role), found the end of the input") }
        switch bytes[position] {
        case UInt8(ascii: "<"):
            try rejectTripleTerm()
            return .iri(try readIRI())
        case UInt8(ascii: "_"):
            return .blankNode(try readBlankNodeLabel())
        case UInt8(ascii: "\""):
            throw error(at: position, "a \(role) cannot be a literal")
        default:
            throw error(at: position, "expected a \(role) (an IRI in <> or a blank node _:label), found \(describe(at: position))")
        }
    }

    private mutating func readPredicate() throws(NQuadsParseError) -> RDFTerm {
        guard position < bytes.count else { throw error(at: position, "expected a predicate, found the end of the input") }
        switch bytes[position] {
        case UInt8(ascii: "<"):
            try rejectTripleTerm()
            return .iri(try readIRI())
        case UInt8(ascii: "_"):
            throw error(at: position, "a predicate must be an IRI, not a blank node")
        case UInt8(ascii: "\""):
            throw error(at: position, "a predicate must be an IRI, not a literal")
        default:
            throw error(at: position, "expected a predicate (an IRI in <>), found \(describe(at: position))")
        }
    }

    private mutating func readObject() throws(NQuadsParseError) -> RDFTerm {
        guard position < bytes.count else { throw error(at: position, "expected an object, found the end of the input") }
        switch bytes[position] {
        case UInt8(ascii: "<"):
            try rejectTripleTerm()
            return .iri(try readIRI())
        case UInt8(ascii: "_"):
            return .blankNode(try readBlankNodeLabel())
        case UInt8(ascii: "\""):
            return .literal(try readLiteral())
        default:
            throw error(at: position, "expected an object (an IRI, a blank node or a literal), found \(describe(at: position))")
        }
    }

    private func rejectTripleTerm() throws(NQuadsParseError) {
        if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
            throw error(at: position, "triple terms '<<' (RDF 1.2) are not supported")
        }
    }

    // MARK: Terms

    /// IRIREF: '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>', and it must be absolute.
    private mutating func readIRI() throws(NQuadsParseError) -> String {
        let start = position
        position += 1  // '<'
        let contentStart = position
        var hasEscape = false
        while true {
            guard position < bytes.count else { throw error(at: start, "unterminated IRI: no '>' before the end of the input") }
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                position += 1
                guard position < bytes.count, bytes[position] == UInt8(ascii: "u") || bytes[position] == UInt8(ascii: "U") else {
                    throw error(at: position - 1, "only \\u and \\U escapes are allowed in an IRI")
                }
                let escapeStart = position - 1
                let scalar = try readHexEscape()
                if scalar < 0x80, NQuadsSyntax.isForbiddenInIRI(UInt8(scalar)) {
                    throw error(at: escapeStart, "the escape encodes \(describe(scalar: scalar)), which is not allowed in an IRI")
                }
                continue
            }
            if byte == 0x0A || byte == 0x0D { throw error(at: start, "unterminated IRI: no '>' before the end of the line") }
            if NQuadsSyntax.isForbiddenInIRI(byte) {
                throw error(at: position, "\(describe(at: position)) is not allowed in an IRI")
            }
            position += 1
        }
        let contentEnd = position
        position += 1  // '>'
        let value: String
        if hasEscape {
            value = try unescape(contentStart..<contentEnd, allowECHAR: false)
        } else {
            value = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd]), as: UTF8.self)
        }
        let isAbsolute = value.utf8.withContiguousStorageIfAvailable { NQuadsSyntax.schemeLength($0) != nil }
            ?? Array(value.utf8).withUnsafeBufferPointer { NQuadsSyntax.schemeLength($0) != nil }
        guard isAbsolute else {
            throw error(at: start, "<\(value)> is a relative IRI; N-Quads requires absolute IRIs (scheme:...)")
        }
        return value
    }

    /// BLANK_NODE_LABEL: '_:' (PN_CHARS_U | [0-9]) ((PN_CHARS | '.')* PN_CHARS)?; returns the label without "_:".
    private mutating func readBlankNodeLabel() throws(NQuadsParseError) -> String {
        let start = position
        position += 1  // '_'
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error(at: start, "expected ':' after '_' in a blank node label")
        }
        position += 1
        let labelStart = position
        guard let first = scalar(at: position), NQuadsSyntax.isBlankLabelStart(first.value) else {
            throw error(at: position, "a blank node label must start with a letter, digit, '_' or ':', found \(describe(at: position))")
        }
        position += first.length
        var lastNonDot = position
        while let next = scalar(at: position) {
            if next.value == 0x2E {
                position += 1
            } else if NQuadsSyntax.isBlankLabelChar(next.value) {
                position += next.length
                lastNonDot = position
            } else {
                break
            }
        }
        // A label may contain '.' but not end with one: trailing dots belong to the statement.
        position = lastNonDot
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[labelStart..<position]), as: UTF8.self)
    }

    /// STRING_LITERAL_QUOTE ('^^' IRIREF | LANGTAG)?
    private mutating func readLiteral() throws(NQuadsParseError) -> RDFLiteral {
        let start = position
        position += 1  // '"'
        let contentStart = position
        var hasEscape = false
        while true {
            guard position < bytes.count else { throw error(at: start, "unterminated string literal: no closing '\"'") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == 0x0A || byte == 0x0D {
                throw error(at: position, "a line break inside a string literal must be written \\n or \\r")
            }
            if byte == UInt8(ascii: "\\") {
                hasEscape = true
                try skipEscape()
                continue
            }
            position += 1
        }
        let contentEnd = position
        position += 1  // '"'
        let lexicalForm: String
        if hasEscape {
            lexicalForm = try unescape(contentStart..<contentEnd, allowECHAR: true)
        } else {
            lexicalForm = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd]), as: UTF8.self)
        }
        guard position < bytes.count else { return RDFLiteral(lexicalForm) }
        if bytes[position] == UInt8(ascii: "@") {
            return RDFLiteral(lexicalForm, language: try readLanguageTag())
        }
        if bytes[position] == UInt8(ascii: "^") {
            guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "^") else {
                throw error(at: position, "expected '^^' before a datatype IRI")
            }
            position += 2
            guard position < bytes.count, bytes[position] == UInt8(ascii: "<") else {
                throw error(at: position, "expected a datatype IRI in <> after '^^', found \(describe(at: position))")
            }
            return RDFLiteral(lexicalForm, datatype: try readIRI())
        }
        return RDFLiteral(lexicalForm)
    }

    /// LANGTAG: '@' [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*
    private mutating func readLanguageTag() throws(NQuadsParseError) -> String {
        let at = position
        position += 1  // '@'
        let tagStart = position
        while position < bytes.count, NQuadsSyntax.isASCIILetter(bytes[position]) { position += 1 }
        guard position > tagStart else { throw error(at: at, "a language tag must start with a letter after '@'") }
        while position < bytes.count, bytes[position] == UInt8(ascii: "-") {
            let dash = position
            position += 1
            let subtagStart = position
            while position < bytes.count, NQuadsSyntax.isASCIILetter(bytes[position]) || NQuadsSyntax.isASCIIDigit(bytes[position]) {
                position += 1
            }
            if position == subtagStart {
                if position < bytes.count, bytes[position] == UInt8(ascii: "-") {
                    throw error(at: dash, "a base direction ('--ltr', '--rtl', RDF 1.2) is not supported")
                }
                throw error(at: dash, "a '-' in a language tag must be followed by letters or digits")
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[tagStart..<position]), as: UTF8.self)
    }

    // MARK: Escapes

    /// Checks the escape at `position` (a backslash) and moves past it.
    private mutating func skipEscape() throws(NQuadsParseError) {
        let backslash = position
        position += 1
        guard position < bytes.count else { throw error(at: backslash, "a '\\' must start an escape sequence") }
        switch bytes[position] {
        case UInt8(ascii: "t"), UInt8(ascii: "b"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "f"),
            UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"):
            position += 1
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            _ = try readHexEscape()
        default:
            throw error(at: backslash, "unknown escape '\\\(describe(at: position))'; allowed: \\t \\b \\n \\r \\f \\\" \\' \\\\ \\uXXXX \\UXXXXXXXX")
        }
    }

    /// UCHAR after its backslash: `position` is at 'u' or 'U'. Returns the scalar value.
    private mutating func readHexEscape() throws(NQuadsParseError) -> UInt32 {
        let escapeStart = position - 1
        let digits = bytes[position] == UInt8(ascii: "u") ? 4 : 8
        position += 1
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard position < bytes.count, let digit = hexValue(bytes[position]) else {
                throw error(at: escapeStart, "\\\(digits == 4 ? "u" : "U") must be followed by \(digits) hexadecimal digits")
            }
            value = value << 4 | digit
            position += 1
        }
        guard Unicode.Scalar(value) != nil else {
            throw error(at: escapeStart, "the escape encodes U+\(String(value, radix: 16, uppercase: true)), which is not a Unicode scalar value")
        }
        return value
    }

    /// Decodes the escapes in `range` (already checked by the scan) into a string.
    private mutating func unescape(_ range: Range<Int>, allowECHAR: Bool) throws(NQuadsParseError) -> String {
        scratch.removeAll(keepingCapacity: true)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                scratch.append(byte)
                index += 1
                continue
            }
            let kind = bytes[index + 1]
            switch kind {
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = kind == UInt8(ascii: "u") ? 4 : 8
                var value: UInt32 = 0
                for offset in 0..<digits { value = value << 4 | (hexValue(bytes[index + 2 + offset]) ?? 0) }
                // The scan already proved `value` a scalar; the fallback is never taken.
                appendUTF8(Unicode.Scalar(value) ?? "\u{FFFD}", to: &scratch)
                index += 2 + digits
            default:
                guard allowECHAR else { throw error(at: index, "only \\u and \\U escapes are allowed here") }
                switch kind {
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                default: scratch.append(kind)  // '"', '\'' and '\\' stand for themselves
                }
                index += 2
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        UTF8.encode(scalar) { buffer.append($0) }
    }

    // MARK: Layout

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    private mutating func skipComment() {
        while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
    }

    /// EOL ::= [#xD#xA]+. Each LF, CR LF pair, or lone CR ends one line.
    private mutating func consumeLineBreaks() throws(NQuadsParseError) {
        while position < bytes.count, bytes[position] == 0x0A || bytes[position] == 0x0D {
            if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
            position += 1
            line += 1
            lineStart = position
            if line > limits.maxLines {
                throw error(.limitExceeded, at: position, "the document has more than \(limits.maxLines) lines (maxLines)")
            }
        }
    }

    // MARK: Characters and errors

    /// The Unicode scalar starting at `index` and its length in bytes; the input is known to be valid UTF-8.
    private func scalar(at index: Int) -> (value: UInt32, length: Int)? {
        guard index < bytes.count else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + length <= bytes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, length)
    }

    /// A readable name for the character at `index`.
    private func describe(at index: Int) -> String {
        guard let (value, _) = scalar(at: index) else { return "the end of the input" }
        return describe(scalar: value)
    }

    private func describe(scalar value: UInt32) -> String {
        var hex = String(value, radix: 16, uppercase: true)
        if hex.count < 4 { hex = String(repeating: "0", count: 4 - hex.count) + hex }
        switch value {
        case 0x0A: return "a line feed"
        case 0x0D: return "a carriage return"
        case 0x20: return "a space"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(UInt8(value))))'"
        default: return "U+" + hex
        }
    }

    func error(_ kind: NQuadsParseError.Kind = .syntax, at index: Int, _ message: String) -> NQuadsParseError {
        // The line of `index`: errors are raised on the current line, except for the UTF-8 check,
        // which runs before parsing and so counts lines itself.
        var errorLine = line
        var start = lineStart
        if index < lineStart || kind == .encoding {
            errorLine = 1
            start = 0
            var cursor = 0
            while cursor < index {
                let byte = bytes[cursor]
                if byte == 0x0A || (byte == 0x0D && (cursor + 1 >= bytes.count || bytes[cursor + 1] != 0x0A)) {
                    errorLine += 1
                    start = cursor + 1
                }
                cursor += 1
            }
        }
        var column = 1
        var cursor = start
        while cursor < min(index, bytes.count) {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return NQuadsParseError(kind, line: errorLine, column: column, message)
    }
}
