/// A small, bounded XML tokenizer for what baking needs from an SVG: tags with their attributes, text,
/// CDATA sections, comments, processing instructions and a DOCTYPE.
///
/// It is not a general XML parser, on purpose. It hands out byte ranges instead of building a tree,
/// reads every construct in one forward pass (no backtracking, so the work is linear in the size of the
/// image), and keeps no state beyond the current offset and one reused list of attributes. A DOCTYPE is
/// skipped, never interpreted: an internal subset that declares an entity, or refers to a parameter
/// entity, is refused outright, so an entity-expansion bomb or an external entity cannot do anything.
/// Errors carry byte offsets.
struct SVGScanner {
    struct Attribute {
        /// The qualified name as written.
        let name: Range<Int>
        /// The raw value between the quotes (references not yet decoded).
        let value: Range<Int>
    }

    /// A start tag; its attributes are in ``attributes`` until the next token is read.
    struct StartTag {
        /// From `<` to `>` inclusive.
        let range: Range<Int>
        let name: Range<Int>
        let selfClosing: Bool
        /// Just after the last attribute's closing quote (or the name, without attributes): where a new
        /// attribute can be inserted without touching any other byte of the tag.
        let attributesEnd: Int
    }

    enum Token {
        case startTag(StartTag)
        case endTag(name: Range<Int>, range: Range<Int>)
        case text(Range<Int>)
        /// The section's content, and the offset of its `<![CDATA[`.
        case cdata(content: Range<Int>, start: Int)
        case comment
        case processingInstruction(target: Range<Int>, range: Range<Int>)
        case doctype(start: Int)
    }

    let bytes: [UInt8]
    let limits: BakingLimits
    private(set) var offset: Int
    /// The attributes of the last start tag. One buffer, reused, so that a tag costs no allocation.
    private(set) var attributes: [Attribute] = []

    init(_ bytes: [UInt8], startingAt offset: Int, limits: BakingLimits) {
        self.bytes = bytes
        self.limits = limits
        self.offset = offset
    }

    /// The next token, or nil at the end of the input.
    mutating func next() throws(BakingError) -> Token? {
        guard offset < bytes.count else { return nil }
        let start = offset
        guard bytes[start] == UInt8(ascii: "<") else {
            let end = find(UInt8(ascii: "<"), from: start) ?? bytes.count
            offset = end
            return .text(start..<end)
        }
        // Dispatch on the byte after '<': most tags are start tags, which then cost one comparison.
        let second = start + 1 < bytes.count ? bytes[start + 1] : 0
        if second != UInt8(ascii: "!") && second != UInt8(ascii: "?") && second != UInt8(ascii: "/") {
            return .startTag(try scanStartTag(at: start))
        }
        if hasPrefix("<!--", at: start) {
            guard let end = find(Self.commentClose, from: start + 4) else { throw unterminated("comment", at: start) }
            offset = end + 3
            return .comment
        }
        if hasPrefix("<![CDATA[", at: start) {
            guard let end = find(Self.cdataClose, from: start + 9) else { throw unterminated("CDATA section", at: start) }
            offset = end + 3
            return .cdata(content: (start + 9)..<end, start: start)
        }
        if hasPrefix("<!DOCTYPE", at: start) {
            offset = try skipDoctype(from: start)
            return .doctype(start: start)
        }
        if hasPrefix("<!", at: start) {
            throw malformed("'<!' starts neither a comment, a CDATA section nor a DOCTYPE", at: start)
        }
        if hasPrefix("<?", at: start) {
            guard let end = find(Self.piClose, from: start + 2) else {
                throw unterminated("processing instruction", at: start)
            }
            let target = scanName(at: start + 2) ?? (start + 2)..<(start + 2)
            offset = end + 2
            return .processingInstruction(target: target, range: start..<(end + 2))
        }
        if hasPrefix("</", at: start) {
            guard let name = scanName(at: start + 2) else { throw malformed("an end tag without a name", at: start) }
            var index = skipWhitespace(from: name.upperBound)
            guard index < bytes.count else { throw unterminated("end tag", at: start) }
            guard bytes[index] == UInt8(ascii: ">") else {
                throw malformed("unexpected \(describe(bytes[index])) in an end tag", at: index)
            }
            index += 1
            offset = index
            return .endTag(name: name, range: start..<index)
        }
        return .startTag(try scanStartTag(at: start))
    }

    private mutating func scanStartTag(at start: Int) throws(BakingError) -> StartTag {
        guard let name = scanName(at: start + 1) else {
            throw malformed("a '<' that starts no tag (write it as &lt;)", at: start)
        }
        attributes.removeAll(keepingCapacity: true)
        var attributesEnd = name.upperBound
        var index = name.upperBound
        while true {
            let afterSpace = skipWhitespace(from: index)
            guard afterSpace < bytes.count else { throw unterminated("start tag", at: start) }
            let byte = bytes[afterSpace]
            if byte == UInt8(ascii: ">") {
                offset = afterSpace + 1
                return StartTag(range: start..<offset, name: name, selfClosing: false, attributesEnd: attributesEnd)
            }
            if byte == UInt8(ascii: "/") {
                guard afterSpace + 1 < bytes.count else { throw unterminated("start tag", at: start) }
                guard bytes[afterSpace + 1] == UInt8(ascii: ">") else {
                    throw malformed("a '/' in a start tag not followed by '>'", at: afterSpace)
                }
                offset = afterSpace + 2
                return StartTag(range: start..<offset, name: name, selfClosing: true, attributesEnd: attributesEnd)
            }
            guard afterSpace > index else {
                throw malformed("attributes must be separated by white space", at: afterSpace)
            }
            guard let attributeName = scanName(at: afterSpace) else {
                throw malformed("unexpected \(describe(byte)) in a start tag", at: afterSpace)
            }
            index = skipWhitespace(from: attributeName.upperBound)
            guard index < bytes.count else { throw unterminated("start tag", at: start) }
            guard bytes[index] == UInt8(ascii: "=") else {
                throw malformed("the attribute \(text(attributeName)) has no value", at: index)
            }
            index = skipWhitespace(from: index + 1)
            guard index < bytes.count else { throw unterminated("start tag", at: start) }
            let quote = bytes[index]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                throw malformed("the value of the attribute \(text(attributeName)) is not quoted", at: index)
            }
            let valueStart = index + 1
            var valueEnd = valueStart
            while valueEnd < bytes.count && bytes[valueEnd] != quote {
                if bytes[valueEnd] == UInt8(ascii: "<") {
                    throw malformed("a '<' in the value of the attribute \(text(attributeName))", at: valueEnd)
                }
                valueEnd += 1
            }
            guard valueEnd < bytes.count else { throw unterminated("attribute value", at: index) }
            guard attributes.count < limits.maxSVGAttributes else {
                throw BakingError(.svgTooManyAttributes(limit: limits.maxSVGAttributes), at: .byteOffset(afterSpace))
            }
            attributes.append(Attribute(name: attributeName, value: valueStart..<valueEnd))
            index = valueEnd + 1
            attributesEnd = index
        }
    }

    /// Skips `<!DOCTYPE ... >`, returning the offset after it. Quoted literals are skipped as units (they may
    /// contain `>` or `]`); the internal subset is scanned only to find its end and to refuse entities.
    private func skipDoctype(from start: Int) throws(BakingError) -> Int {
        var index = start + 9
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = find(byte, from: index + 1) else { throw unterminated("DOCTYPE", at: start) }
                index = close + 1
            } else if byte == UInt8(ascii: "[") {
                index = try skipInternalSubset(from: index + 1, doctypeStart: start)
            } else if byte == UInt8(ascii: ">") {
                return index + 1
            } else {
                index += 1
            }
        }
        throw unterminated("DOCTYPE", at: start)
    }

    private func skipInternalSubset(from start: Int, doctypeStart: Int) throws(BakingError) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if hasPrefix("<!--", at: index) {
                guard let end = find(Self.commentClose, from: index + 4) else { throw unterminated("comment", at: index) }
                index = end + 3
            } else if hasPrefix("<?", at: index) {
                guard let end = find(Self.piClose, from: index + 2) else {
                    throw unterminated("processing instruction", at: index)
                }
                index = end + 2
            } else if hasPrefix("<!ENTITY", at: index) || byte == UInt8(ascii: "%") {
                throw BakingError(.svgEntityDeclarations, at: .byteOffset(index))
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                guard let close = find(byte, from: index + 1) else { throw unterminated("DOCTYPE", at: doctypeStart) }
                index = close + 1
            } else if byte == UInt8(ascii: "]") {
                return index + 1
            } else {
                index += 1
            }
        }
        throw unterminated("DOCTYPE internal subset", at: start - 1)
    }

    // MARK: Helpers

    private static let commentClose = Array("-->".utf8)
    private static let cdataClose = Array("]]>".utf8)
    private static let piClose = Array("?>".utf8)

    private func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        prefix.withUTF8Buffer { prefix in
            guard index + prefix.count <= bytes.count else { return false }
            for (i, byte) in prefix.enumerated() where bytes[index + i] != byte { return false }
            return true
        }
    }

    private func find(_ byte: UInt8, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The first occurrence of `pattern` at or after `start`. The patterns are two or three bytes long, so
    /// this naive search is linear in the bytes it passes.
    private func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        while let candidate = find(first, from: index) {
            guard candidate + pattern.count <= bytes.count else { return nil }
            var matches = true
            for i in 1..<pattern.count where bytes[candidate + i] != pattern[i] {
                matches = false
                break
            }
            if matches { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private func scanName(at start: Int) -> Range<Int>? {
        guard start < bytes.count, XMLCharacters.isNameStart(bytes[start]) else { return nil }
        var index = start + 1
        while index < bytes.count && XMLCharacters.isNameCharacter(bytes[index]) { index += 1 }
        return start..<index
    }

    private func skipWhitespace(from start: Int) -> Int {
        var index = start
        while index < bytes.count && XMLCharacters.isWhitespace(bytes[index]) { index += 1 }
        return index
    }

    /// Only error messages need a name as a String.
    private func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    private func describe(_ byte: UInt8) -> String {
        byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte 0x\(String(byte, radix: 16))"
    }

    private func malformed(_ detail: String, at offset: Int) -> BakingError {
        BakingError(.svgMalformed(detail), at: .byteOffset(offset))
    }

    private func unterminated(_ construct: String, at offset: Int) -> BakingError {
        BakingError(.svgUnterminated(construct), at: .byteOffset(offset))
    }
}
