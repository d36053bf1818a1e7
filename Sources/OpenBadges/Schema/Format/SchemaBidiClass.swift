/// Bidirectional classes for the RFC 5893 Bidi rule on host name labels.
///
/// The standard library has no Bidi_Class data, so classes come from blocks and general categories:
/// Hebrew, N'Ko, Samaritan, Mandaic and the historic right-to-left planes are R; Arabic, Syriac,
/// Thaana and the Arabic presentation forms are AL; Arabic-Indic digits are AN; ASCII and Extended
/// Arabic-Indic digits are EN; marks are NSM; format controls (the joiners) are BN; the hyphen is ES;
/// other letters and digits are L. IDNA permits letters, digits, marks, the hyphen and the joiners in
/// a label, which these cover.
enum SchemaBidiClass {
    enum Class { case l, r, al, an, en, es, bn, nsm, other }

    static func of(_ scalar: Unicode.Scalar) -> Class {
        let v = scalar.value
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return .nsm
        case .format where v != 0x200E && v != 0x200F && v != 0x61C: return .bn
        default: break
        }
        if v == 0x2D { return .es }
        if (0x30...0x39).contains(v) || (0x6F0...0x6F9).contains(v) { return .en }
        if (0x660...0x669).contains(v) || v == 0x66B || v == 0x66C || (0x600...0x605).contains(v) || v == 0x6DD {
            return .an
        }
        if (0x590...0x5FF).contains(v) || (0x7C0...0x85F).contains(v) || (0xFB1D...0xFB4F).contains(v)
            || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EDFF).contains(v) {
            return .r
        }
        if (0x600...0x7BF).contains(v) || (0x860...0x8FF).contains(v) || (0xFB50...0xFDFF).contains(v)
            || (0xFE70...0xFEFF).contains(v) || (0x1EE00...0x1EEFF).contains(v) {
            return .al
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .spacingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return .l
        default:
            return .other
        }
    }

    /// RFC 5893 §2, applied when the name holds a right-to-left label; nil when it holds.
    static func checkBidiRule(_ labels: [[Unicode.Scalar]]) -> String? {
        let classes = labels.map { $0.map(of) }
        let isBidiName = classes.contains { $0.contains { $0 == .r || $0 == .al || $0 == .an } }
        guard isBidiName else { return nil }
        for label in classes where !label.isEmpty {
            guard let first = label.first, [.l, .r, .al].contains(first) else {
                return "in a right-to-left host name, each label must start with a letter"
            }
            let last = label.last { $0 != .nsm }
            if first == .r || first == .al {
                guard label.allSatisfy({ [.r, .al, .an, .en, .es, .bn, .nsm].contains($0) }) else {
                    return "a right-to-left label cannot hold left-to-right characters"
                }
                guard let last, [.r, .al, .en, .an].contains(last) else {
                    return "a right-to-left label must end with a right-to-left letter or a digit"
                }
                guard !(label.contains(.en) && label.contains(.an)) else {
                    return "a right-to-left label cannot mix European and Arabic-Indic digits"
                }
            } else {
                guard label.allSatisfy({ [.l, .en, .es, .bn, .nsm].contains($0) }) else {
                    return "a left-to-right label cannot hold right-to-left characters"
                }
                guard let last, [.l, .en].contains(last) else {
                    return "a left-to-right label must end with a letter or a digit"
                }
            }
        }
        return nil
    }
}
