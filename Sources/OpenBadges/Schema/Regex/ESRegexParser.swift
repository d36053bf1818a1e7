/// A parser for ECMAScript regular expression patterns as the `u` flag defines them (ECMA-262
/// §22.2.1 with `[UnicodeMode]`): no Annex B leniency, so `\a`, lone `{`, `(?i)` and Python-only
/// syntax are errors, as JSON Schema's `regex` format expects.
struct ESRegexParser {
    static let maxPatternLength = 32_768
    static let maxNesting = 64

    private let scalars: [UInt32]
    private var index = 0
    private var depth = 0
    private(set) var groupCount = 0
    private var groupNames: [String: Int] = [:]
    /// Backreferences are checked once the whole pattern is read, since they may precede their group.
    private var numberedReferences: [(number: Int, offset: Int)] = []
    private var namedReferences: [(name: String, offset: Int, slot: Int)] = []
    private var nodes: [ESRegexNode] = []

    init(_ pattern: String) {
        scalars = pattern.unicodeScalars.map(\.value)
    }

    /// The parsed tree and the number of capturing groups.
    static func parse(_ pattern: String) throws(ESRegexError) -> (ESRegexNode, groupCount: Int) {
        var parser = ESRegexParser(pattern)
        guard parser.scalars.count <= maxPatternLength else {
            throw ESRegexError(reason: .patternTooLong(limit: maxPatternLength), offset: 0)
        }
        var node = try parser.parseDisjunction()
        if parser.index < parser.scalars.count {
            // Only an unmatched ')' stops a top-level disjunction early.
            throw ESRegexError(reason: .unmatchedParenthesis, offset: parser.index)
        }
        for reference in parser.numberedReferences where reference.number > parser.groupCount {
            throw ESRegexError(reason: .invalidBackreference(reference.number), offset: reference.offset)
        }
        if !parser.namedReferences.isEmpty {
            var resolved: [Int: Int] = [:]
            for reference in parser.namedReferences {
                guard let number = parser.groupNames[reference.name] else {
                    throw ESRegexError(reason: .unknownGroupName(reference.name), offset: reference.offset)
                }
                resolved[reference.slot] = number
            }
            node = Self.resolveNamedReferences(node, resolved)
        }
        return (node, parser.groupCount)
    }

    /// Named backreferences are parsed as placeholders (negative numbers) and replaced here.
    private static func resolveNamedReferences(_ node: ESRegexNode, _ table: [Int: Int]) -> ESRegexNode {
        switch node {
        case .backreference(let n) where n < 0: return .backreference(table[n] ?? 0)
        case .sequence(let items): return .sequence(items.map { resolveNamedReferences($0, table) })
        case .alternation(let items): return .alternation(items.map { resolveNamedReferences($0, table) })
        case .group(let body, let capture): return .group(resolveNamedReferences(body, table), capture: capture)
        case .quantified(let body, let min, let max, let greedy):
            return .quantified(resolveNamedReferences(body, table), min: min, max: max, greedy: greedy)
        case .lookaround(let body, let ahead, let negated):
            return .lookaround(resolveNamedReferences(body, table), ahead: ahead, negated: negated)
        default: return node
        }
    }

    // MARK: Helpers

    private var atEnd: Bool { index >= scalars.count }
    private var current: UInt32? { index < scalars.count ? scalars[index] : nil }

    private func peek(_ offset: Int = 0) -> UInt32? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func fail(_ reason: ESRegexError.Reason, at offset: Int? = nil) -> ESRegexError {
        ESRegexError(reason: reason, offset: offset ?? index)
    }

    private func text(_ scalar: UInt32?) -> String {
        guard let scalar, let value = Unicode.Scalar(scalar) else { return "end" }
        return String(Character(value))
    }

    private mutating func consume(_ ascii: Character) -> Bool {
        guard let value = ascii.unicodeScalars.first?.value, current == value else { return false }
        index += 1
        return true
    }

    private static func isSyntaxCharacter(_ c: UInt32) -> Bool {
        // ^ $ \ . * + ? ( ) [ ] { } |
        [0x5E, 0x24, 0x5C, 0x2E, 0x2A, 0x2B, 0x3F, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D, 0x7C].contains(c)
    }

    private static func isDecimalDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func hexValue(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x41...0x46: c - 0x41 + 10
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }

    // MARK: Disjunction, alternative, term

    private mutating func parseDisjunction() throws(ESRegexError) -> ESRegexNode {
        var alternatives: [ESRegexNode] = [try parseAlternative()]
        while consume("|") {
            alternatives.append(try parseAlternative())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    private mutating func parseAlternative() throws(ESRegexError) -> ESRegexNode {
        var terms: [ESRegexNode] = []
        while let c = current, c != 0x7C /* | */, c != 0x29 /* ) */ {
            terms.append(try parseTerm())
        }
        switch terms.count {
        case 0: return .empty
        case 1: return terms[0]
        default: return .sequence(terms)
        }
    }

    private mutating func parseTerm() throws(ESRegexError) -> ESRegexNode {
        let start = index
        guard let c = current else { throw fail(.unexpectedEnd) }
        let atom: ESRegexNode
        var quantifiable = true
        switch c {
        case 0x5E: // ^
            index += 1
            return .assertion(.start)
        case 0x24: // $
            index += 1
            return .assertion(.end)
        case 0x5C: // backslash
            if peek(1) == 0x62 { index += 2; return .assertion(.wordBoundary) }     // \b
            if peek(1) == 0x42 { index += 2; return .assertion(.notWordBoundary) }  // \B
            index += 1
            atom = try parseAtomEscape()
        case 0x28: // (
            let (group, isLookaround) = try parseGroup()
            atom = group
            // With the u flag no lookaround may be quantified.
            quantifiable = !isLookaround
        case 0x2E: // .
            index += 1
            atom = .characterClass(.dot)
        case 0x5B: // [
            atom = .characterClass(try parseClass())
        case 0x2A, 0x2B, 0x3F: // * + ?
            throw fail(.nothingToRepeat)
        case 0x7B: // {
            throw fail(.nothingToRepeat)
        case 0x7D, 0x5D: // } ]
            throw fail(.unexpected(text(c)))
        default:
            index += 1
            atom = .scalar(c)
        }
        guard let quantifier = try parseQuantifier() else { return atom }
        guard quantifiable else { throw fail(.nothingToRepeat, at: start) }
        return .quantified(atom, min: quantifier.min, max: quantifier.max, greedy: quantifier.greedy)
    }

    private mutating func parseQuantifier() throws(ESRegexError) -> (min: Int, max: Int?, greedy: Bool)? {
        guard let c = current else { return nil }
        var min = 0
        var max: Int?
        switch c {
        case 0x2A: index += 1; min = 0; max = nil
        case 0x2B: index += 1; min = 1; max = nil
        case 0x3F: index += 1; min = 0; max = 1
        case 0x7B:
            let start = index
            index += 1
            guard let low = parseDecimal() else { throw fail(.unexpected("{"), at: start) }
            min = low
            if consume(",") {
                if let high = parseDecimal() { max = high } else { max = nil }
            } else {
                max = low
            }
            guard consume("}") else { throw fail(.unexpected("{"), at: start) }
            if let max, max < min { throw fail(.invalidQuantifierRange, at: start) }
        default:
            return nil
        }
        let greedy = !consume("?")
        return (min, max, greedy)
    }

    /// A run of decimal digits, saturating far above any repetition count a program could hold.
    private mutating func parseDecimal() -> Int? {
        var value = 0
        var sawDigit = false
        while let c = current, Self.isDecimalDigit(c) {
            value = Swift.min(value * 10 + Int(c - 0x30), 1 << 30)
            sawDigit = true
            index += 1
        }
        return sawDigit ? value : nil
    }

    // MARK: Groups

    private mutating func parseGroup() throws(ESRegexError) -> (ESRegexNode, lookaround: Bool) {
        let start = index
        index += 1 // (
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxNesting else { throw fail(.nestingTooDeep(limit: Self.maxNesting), at: start) }
        var capture: Int?
        var lookaround: (ahead: Bool, negated: Bool)?
        if consume("?") {
            if consume(":") {
                capture = nil
            } else if consume("=") {
                lookaround = (true, false)
            } else if consume("!") {
                lookaround = (true, true)
            } else if current == 0x3C /* < */ && (peek(1) == 0x3D || peek(1) == 0x21) {
                index += 1
                let negated = current == 0x21
                index += 1
                lookaround = (false, negated)
            } else if consume("<") {
                let name = try parseGroupName()
                groupCount += 1
                guard groupNames[name] == nil else { throw fail(.duplicateGroupName(name), at: start) }
                groupNames[name] = groupCount
                capture = groupCount
            } else {
                throw fail(.unexpected("(?" + text(current)), at: start)
            }
        } else {
            groupCount += 1
            capture = groupCount
        }
        let body = try parseDisjunction()
        guard consume(")") else { throw fail(.unmatchedParenthesis, at: start) }
        if let lookaround {
            return (.lookaround(body, ahead: lookaround.ahead, negated: lookaround.negated), true)
        }
        return (.group(body, capture: capture), false)
    }

    /// `RegExpIdentifierName` followed by `>`; `\u` escapes are allowed in names.
    private mutating func parseGroupName() throws(ESRegexError) -> String {
        var name = ""
        var first = true
        while true {
            guard var c = current else { throw fail(.invalidGroupName) }
            if c == 0x3E /* > */ { index += 1; break }
            if c == 0x5C /* \ */ {
                index += 1
                guard consume("u") else { throw fail(.invalidGroupName) }
                guard let escaped = try parseUnicodeEscapeBody() else { throw fail(.invalidGroupName) }
                c = escaped
            } else {
                index += 1
            }
            guard let scalar = Unicode.Scalar(c) else { throw fail(.invalidGroupName) }
            let valid = first
                ? (scalar.properties.isIDStart || c == 0x24 || c == 0x5F)
                : (scalar.properties.isIDContinue || c == 0x24 || c == 0x200C || c == 0x200D)
            guard valid else { throw fail(.invalidGroupName) }
            name.unicodeScalars.append(scalar)
            first = false
        }
        guard !name.isEmpty else { throw fail(.invalidGroupName) }
        return name
    }

    // MARK: Escapes

    private mutating func parseAtomEscape() throws(ESRegexError) -> ESRegexNode {
        let start = index - 1
        guard let c = current else { throw fail(.unexpectedEnd) }
        // DecimalEscape: a backreference (\0 is a character escape, handled below).
        if c >= 0x31 && c <= 0x39 {
            guard let number = parseDecimal() else { throw fail(.unexpectedEnd) }
            numberedReferences.append((number, start))
            return .backreference(number)
        }
        if c == 0x6B /* k */ {
            index += 1
            guard consume("<") else { throw fail(.invalidEscape("k"), at: start) }
            let name = try parseGroupName()
            let slot = -(namedReferences.count + 1)
            namedReferences.append((name, start, slot))
            return .backreference(slot)
        }
        if let set = try parseClassEscape() {
            return .characterClass(set)
        }
        return .scalar(try parseCharacterEscape(inClass: false))
    }

    /// `\d \D \s \S \w \W \p{…} \P{…}`, with the backslash already consumed; nil for anything else.
    private mutating func parseClassEscape() throws(ESRegexError) -> ESCharacterClass? {
        guard let c = current else { return nil }
        switch c {
        case 0x64: index += 1; return ESCharacterClass(ranges: ESCharacterClass.digitRanges)
        case 0x44: index += 1; return ESCharacterClass(ranges: ESCharacterClass.digitRanges, negated: true)
        case 0x73: index += 1; return ESCharacterClass(ranges: ESCharacterClass.spaceRanges)
        case 0x53: index += 1; return ESCharacterClass(ranges: ESCharacterClass.spaceRanges, negated: true)
        case 0x77: index += 1; return ESCharacterClass(ranges: ESCharacterClass.wordRanges)
        case 0x57: index += 1; return ESCharacterClass(ranges: ESCharacterClass.wordRanges, negated: true)
        case 0x70, 0x50: // p P
            let start = index - 1
            let negated = c == 0x50
            index += 1
            guard consume("{") else { throw fail(.invalidEscape(text(c)), at: start) }
            var name = ""
            while let d = current, d != 0x7D {
                guard let scalar = Unicode.Scalar(d), scalar.isASCII,
                      scalar.properties.isAlphabetic || Self.isDecimalDigit(d) || d == 0x5F || d == 0x3D
                else { throw fail(.invalidEscape(text(c)), at: start) }
                name.unicodeScalars.append(scalar)
                index += 1
            }
            guard consume("}"), !name.isEmpty else { throw fail(.invalidEscape(text(c)), at: start) }
            switch ESUnicodeProperty.parse(name, negated: negated) {
            case .success(let property): return ESCharacterClass(properties: [property])
            case .failure(let reason): throw fail(reason, at: start)
            }
        default:
            return nil
        }
    }

    /// CharacterEscape (§22.2.1) in Unicode mode, backslash already consumed.
    private mutating func parseCharacterEscape(inClass: Bool) throws(ESRegexError) -> UInt32 {
        let start = index - 1
        guard let c = current else { throw fail(.unexpectedEnd) }
        index += 1
        switch c {
        case 0x66: return 0x0C // \f
        case 0x6E: return 0x0A // \n
        case 0x72: return 0x0D // \r
        case 0x74: return 0x09 // \t
        case 0x76: return 0x0B // \v
        case 0x63: // \cX
            guard let letter = current, (letter >= 0x41 && letter <= 0x5A) || (letter >= 0x61 && letter <= 0x7A) else {
                throw fail(.invalidEscape("c"), at: start)
            }
            index += 1
            return letter % 32
        case 0x30: // \0 not followed by a digit
            if let next = current, Self.isDecimalDigit(next) { throw fail(.invalidEscape("0"), at: start) }
            return 0
        case 0x78: // \xHH
            guard let h = current.flatMap(Self.hexValue), let l = peek(1).flatMap(Self.hexValue) else {
                throw fail(.invalidEscape("x"), at: start)
            }
            index += 2
            return h << 4 | l
        case 0x75: // \uHHHH, \u{H…}
            guard let value = try parseUnicodeEscapeBody() else { throw fail(.invalidEscape("u"), at: start) }
            return value
        case 0x2F: // /
            return c
        case 0x2D where inClass: // \- only inside a class
            return c
        default:
            if Self.isSyntaxCharacter(c) { return c }
            throw fail(.invalidEscape(text(c)), at: start)
        }
    }

    /// After `\u`: `HHHH` (joining a following `\uHHHH` low surrogate) or `{H…}` up to 0x10FFFF.
    private mutating func parseUnicodeEscapeBody() throws(ESRegexError) -> UInt32? {
        if consume("{") {
            var value: UInt32 = 0
            var digits = 0
            while let c = current, let h = Self.hexValue(c) {
                value = value * 16 + h
                digits += 1
                index += 1
                if value > 0x10FFFF { return nil }
            }
            guard digits > 0, consume("}") else { return nil }
            return value
        }
        guard let lead = readHex4() else { return nil }
        if lead >= 0xD800 && lead <= 0xDBFF, peek() == 0x5C, peek(1) == 0x75 {
            let save = index
            index += 2
            if let trail = readHex4(), trail >= 0xDC00 && trail <= 0xDFFF {
                return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
            }
            index = save
        }
        return lead
    }

    private mutating func readHex4() -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let c = peek(offset), let h = Self.hexValue(c) else { return nil }
            value = value * 16 + h
        }
        index += 4
        return value
    }

    // MARK: Character classes

    private enum ClassAtom {
        case scalar(UInt32)
        case set(ESCharacterClass)
    }

    private mutating func parseClass() throws(ESRegexError) -> ESCharacterClass {
        let start = index
        index += 1 // [
        let negated = consume("^")
        var ranges: [ClosedRange<UInt32>] = []
        var properties: [ESUnicodeProperty] = []
        var nestedSets: [ESCharacterClass] = []
        while true {
            guard let c = current else { throw fail(.unexpectedEnd, at: start) }
            if c == 0x5D /* ] */ { index += 1; break }
            let atomStart = index
            let first = try parseClassAtom()
            if current == 0x2D /* - */, let next = peek(1), next != 0x5D {
                index += 1
                let second = try parseClassAtom()
                guard case .scalar(let low) = first, case .scalar(let high) = second, low <= high else {
                    throw fail(.invalidClassRange, at: atomStart)
                }
                ranges.append(low...high)
                continue
            }
            switch first {
            case .scalar(let value): ranges.append(value...value)
            case .set(let set): nestedSets.append(set)
            }
        }
        // Fold class escapes into ranges where they are plain ranges; keep property tests as tests.
        for set in nestedSets {
            if set.properties.isEmpty {
                ranges += set.negated ? ESCharacterClass.complement(set.ranges) : set.ranges
            } else {
                properties += set.properties
            }
        }
        return ESCharacterClass(ranges: ranges, properties: properties, negated: negated)
    }

    private mutating func parseClassAtom() throws(ESRegexError) -> ClassAtom {
        guard let c = current else { throw fail(.unexpectedEnd) }
        index += 1
        guard c == 0x5C else { return .scalar(c) }
        guard let next = current else { throw fail(.unexpectedEnd) }
        if next == 0x62 { index += 1; return .scalar(0x08) } // \b is backspace in a class
        if let set = try parseClassEscape() { return .set(set) }
        if Self.isDecimalDigit(next) && next != 0x30 { throw fail(.invalidEscape(text(next))) }
        return .scalar(try parseCharacterEscape(inClass: true))
    }
}
