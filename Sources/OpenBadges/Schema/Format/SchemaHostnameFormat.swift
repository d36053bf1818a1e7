/// `hostname` (RFC 1123 §2.1, with A-labels checked as IDNA2008 requires) and `idn-hostname`
/// (RFC 5890–5892).
///
/// IDNA2008 code point rules are derived from the standard library's Unicode properties as RFC 5892
/// §2 describes. Two parts need data the standard library lacks and are approximated: the scripts
/// the CONTEXTO rules name (Greek, Hebrew, Hiragana, Katakana, Han) use their main blocks, and the
/// ZWNJ rule's joining types treat Arabic, Syriac, N'Ko and Mongolian letters as dual-joining except
/// the common right-joining Arabic letters, and the Bidi rule (RFC 5893) reads bidirectional classes
/// from blocks (`SchemaBidiClass`).
enum SchemaHostnameFormat {
    static func checkHostname(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty else { return "a host name cannot be empty" }
        guard bytes.count <= 253 else { return "a host name has at most 253 characters" }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels {
            if let problem = checkASCIILabel(label) { return problem }
        }
        guard let decoded = uLabels(labels.map { $0.map { Unicode.Scalar($0) } }) else {
            return "an A-label is not valid Punycode"
        }
        return SchemaBidiClass.checkBidiRule(decoded)
    }

    /// Letters, digits and hyphens, 1–63 of them, not starting or ending with a hyphen; an `xn--`
    /// label must decode to a valid U-label.
    static func checkASCIILabel(_ label: ArraySlice<UInt8>) -> String? {
        guard !label.isEmpty else { return "a host name has an empty label" }
        guard label.count <= 63 else { return "a label has at most 63 characters" }
        for byte in label {
            let ok = (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == UInt8(ascii: "-")
            guard ok else { return "a label holds only letters, digits and hyphens" }
        }
        guard label.first != UInt8(ascii: "-"), label.last != UInt8(ascii: "-") else {
            return "a label cannot start or end with a hyphen"
        }
        let lowered = label.prefix(4).map { $0 | 0x20 }
        if lowered == Array("xn--".utf8) {
            guard let decoded = decodeALabel(label) else { return "the A-label is not valid Punycode" }
            return checkULabel(decoded)
        }
        return nil
    }

    /// The U-label of an `xn--` label, when its Punycode is valid and canonical (re-encoding the
    /// decoded label gives the same text, as RFC 5891 §5.3 requires).
    static func decodeALabel(_ label: ArraySlice<UInt8>) -> [Unicode.Scalar]? {
        let encoded = label.dropFirst(4)
        guard let decoded = SchemaPunycode.decode(encoded), !decoded.allSatisfy(\.isASCII),
              let reencoded = SchemaPunycode.encode(decoded),
              reencoded.elementsEqual(encoded.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 })
        else { return nil }
        return decoded
    }

    /// The labels of a host name as code points, A-labels decoded; nil when one does not decode.
    private static func uLabels(_ labels: [[Unicode.Scalar]]) -> [[Unicode.Scalar]]? {
        var result: [[Unicode.Scalar]] = []
        for label in labels {
            let lowered = label.prefix(4).map { $0.isASCII ? Unicode.Scalar(UInt8($0.value) | 0x20) : $0 }
            if label.allSatisfy(\.isASCII), lowered == Array("xn--".unicodeScalars) {
                guard let decoded = decodeALabel(ArraySlice(label.map { UInt8($0.value) })) else { return nil }
                result.append(decoded)
            } else {
                result.append(label)
            }
        }
        return result
    }

    static func checkIDNHostname(_ value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        guard !scalars.isEmpty else { return "a host name cannot be empty" }
        var asciiLength = 0
        // IDNA2003 also treats the ideographic and fullwidth full stops as separators (RFC 3490 §3.1).
        let separators: Set<UInt32> = [0x2E, 0x3002, 0xFF0E, 0xFF61]
        let labels = scalars.split(omittingEmptySubsequences: false) { separators.contains($0.value) }
        for label in labels {
            guard !label.isEmpty else { return "a host name has an empty label" }
            if label.allSatisfy(\.isASCII) {
                if let problem = checkASCIILabel(ArraySlice(label.map { UInt8($0.value) })) { return problem }
                asciiLength += label.count + 1
            } else {
                if let problem = checkULabel(Array(label)) { return problem }
                guard let encoded = SchemaPunycode.encode(Array(label)), encoded.count + 4 <= 63 else {
                    return "a label has at most 63 characters in its A-label form"
                }
                asciiLength += encoded.count + 5
            }
        }
        guard asciiLength - 1 <= 253 else { return "a host name has at most 253 characters in its A-label form" }
        guard let decoded = uLabels(labels.map(Array.init)) else { return "an A-label is not valid Punycode" }
        return SchemaBidiClass.checkBidiRule(decoded)
    }

    // MARK: U-labels (RFC 5891 §5.4, RFC 5892)

    static func checkULabel(_ label: [Unicode.Scalar]) -> String? {
        guard !label.isEmpty else { return "a label cannot be empty" }
        guard label.count <= 63 else { return "a label has at most 63 characters" }
        if label.count >= 4, label[2] == "-", label[3] == "-" {
            return "a U-label cannot have hyphens in the third and fourth positions"
        }
        if label.first == "-" || label.last == "-" { return "a label cannot start or end with a hyphen" }
        if let first = label.first, isMark(first) { return "a label cannot start with a combining mark" }
        for (index, scalar) in label.enumerated() {
            switch status(scalar) {
            case .pvalid:
                continue
            case .contextJ:
                guard contextJAllows(label, index) else {
                    return "U+\(hex(scalar)) is not allowed in this position of a host name label"
                }
            case .contextO:
                guard contextOAllows(label, index) else {
                    return "U+\(hex(scalar)) is not allowed in this context in a host name label"
                }
            case .disallowed:
                return "U+\(hex(scalar)) is not permitted in host names"
            }
        }
        return nil
    }

    enum Status { case pvalid, contextJ, contextO, disallowed }

    /// RFC 5892 §3 derivation, in its order of precedence.
    static func status(_ scalar: Unicode.Scalar) -> Status {
        let v = scalar.value
        // F: exceptions
        switch v {
        case 0xDF, 0x3C2, 0x6FD, 0x6FE, 0xF0B, 0x3007: return .pvalid
        case 0xB7, 0x375, 0x5F3, 0x5F4, 0x30FB, 0x660...0x669, 0x6F0...0x6F9: return .contextO
        case 0x640, 0x7FA, 0x302E, 0x302F, 0x3031...0x3035, 0x303B: return .disallowed
        default: break
        }
        let properties = scalar.properties
        // J: unassigned
        if properties.generalCategory == .unassigned && !properties.isNoncharacterCodePoint { return .disallowed }
        // K: LDH
        if v == 0x2D || (0x30...0x39).contains(v) || (0x61...0x7A).contains(v) { return .pvalid }
        // H: join controls
        if v == 0x200C || v == 0x200D { return .contextJ }
        // I: old Hangul jamo
        if (0x1100...0x11FF).contains(v) || (0xA960...0xA97F).contains(v) || (0xD7B0...0xD7FF).contains(v) {
            return .disallowed
        }
        // B: unstable under NFKC case folding
        if properties.changesWhenNFKCCaseFolded { return .disallowed }
        // C: ignorable properties
        if properties.isDefaultIgnorableCodePoint || properties.isWhitespace || properties.isNoncharacterCodePoint {
            return .disallowed
        }
        // D: ignorable blocks
        if (0x20D0...0x20FF).contains(v) || (0x1D100...0x1D24F).contains(v) { return .disallowed }
        // A: letters and digits
        switch properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .otherLetter, .decimalNumber, .modifierLetter, .nonspacingMark,
             .spacingMark:
            return .pvalid
        default:
            return .disallowed
        }
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private static let virama: UInt8 = 9

    /// RFC 5892 Appendix A.1 and A.2.
    private static func contextJAllows(_ label: [Unicode.Scalar], _ index: Int) -> Bool {
        if index > 0, label[index - 1].properties.canonicalCombiningClass.rawValue == virama { return true }
        guard label[index].value == 0x200C else { return false }
        // (Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})
        var before = index - 1
        while before >= 0, joiningType(label[before]) == .transparent { before -= 1 }
        guard before >= 0, [.left, .dual].contains(joiningType(label[before])) else { return false }
        var after = index + 1
        while after < label.count, joiningType(label[after]) == .transparent { after += 1 }
        guard after < label.count, [.right, .dual].contains(joiningType(label[after])) else { return false }
        return true
    }

    enum JoiningType { case none, left, right, dual, transparent }

    static func joiningType(_ scalar: Unicode.Scalar) -> JoiningType {
        let v = scalar.value
        if v == 0x200C || v == 0x200D { return .none }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return .transparent
        default: break
        }
        let rightJoiningArabic: [ClosedRange<UInt32>] = [
            0x622...0x625, 0x627...0x627, 0x629...0x629, 0x62F...0x632, 0x648...0x648, 0x671...0x673,
            0x675...0x677, 0x688...0x699, 0x6C0...0x6C0, 0x6C3...0x6CB, 0x6CD...0x6CD, 0x6CF...0x6CF,
            0x6D2...0x6D3, 0x6D5...0x6D5, 0x6EE...0x6EF,
        ]
        if rightJoiningArabic.contains(where: { $0.contains(v) }) { return .right }
        let letter = scalar.properties.generalCategory == .otherLetter
        let joiningScripts: [ClosedRange<UInt32>] = [
            0x620...0x6FF, 0x750...0x77F, 0x8A0...0x8FF, 0x710...0x74F, 0x7CA...0x7EA, 0x1820...0x1878, 0xA840...0xA871,
        ]
        if letter && joiningScripts.contains(where: { $0.contains(v) }) { return .dual }
        return .none
    }

    /// RFC 5892 Appendix A.3–A.9.
    private static func contextOAllows(_ label: [Unicode.Scalar], _ index: Int) -> Bool {
        let v = label[index].value
        switch v {
        case 0xB7:
            return index > 0 && index + 1 < label.count && label[index - 1] == "l" && label[index + 1] == "l"
        case 0x375:
            return index + 1 < label.count && isGreek(label[index + 1].value)
        case 0x5F3, 0x5F4:
            return index > 0 && isHebrew(label[index - 1].value)
        case 0x30FB:
            return label.contains { $0.value != 0x30FB && (isHiragana($0.value) || isKatakana($0.value) || isHan($0)) }
        case 0x660...0x669:
            return !label.contains { (0x6F0...0x6F9).contains($0.value) }
        case 0x6F0...0x6F9:
            return !label.contains { (0x660...0x669).contains($0.value) }
        default:
            return false
        }
    }

    private static func isGreek(_ v: UInt32) -> Bool {
        (0x370...0x3FF).contains(v) || (0x1F00...0x1FFF).contains(v) || (0x10140...0x1018F).contains(v)
    }
    private static func isHebrew(_ v: UInt32) -> Bool { (0x591...0x5F4).contains(v) || (0xFB1D...0xFB4F).contains(v) }
    private static func isHiragana(_ v: UInt32) -> Bool {
        (0x3041...0x309F).contains(v) || (0x1B001...0x1B11F).contains(v) || v == 0x1F200
    }
    private static func isKatakana(_ v: UInt32) -> Bool {
        (0x30A1...0x30FA).contains(v) || (0x30FD...0x30FF).contains(v) || (0x31F0...0x31FF).contains(v)
            || (0x32D0...0x32FE).contains(v) || (0x3300...0x3357).contains(v) || (0xFF66...0xFF9D).contains(v)
            || v == 0x1B000
    }
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isUnifiedIdeograph || scalar.properties.isRadical
            || (0x3005...0x3007).contains(scalar.value) || (0x3021...0x3029).contains(scalar.value)
    }
}
