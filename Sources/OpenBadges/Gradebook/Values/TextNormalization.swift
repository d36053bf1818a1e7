/// How gradebook text is cleaned and compared.
///
/// Spreadsheets and LMSs write the same name in different Unicode spellings: "José" precomposed (NFC, what
/// most keyboards type) or as "e" plus a combining accent (NFD, what macOS file names and some copy-pastes
/// produce). Laurel stores names, identifiers and e-mail addresses in NFC so that the bytes it signs, hashes
/// and compares do not depend on which program last touched the file.
enum TextNormalization {
    /// The NFC form of `text`.
    static func nfc(_ text: String) -> String {
        // ASCII is its own NFC; most cells are ASCII, so they skip the normalizer.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        // The standard library's normalizer (public, underscored: the same one String comparison uses);
        // the library does not depend on Foundation, which would be the other way to reach it.
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// `text` without leading and trailing white space (including no-break spaces), in NFC.
    static func cleaned(_ text: String) -> String {
        nfc(trimmed(text))
    }

    static func trimmed(_ text: String) -> String {
        // Most cells start and end with an ASCII character that is not a space: nothing to trim.
        if let first = text.utf8.first, let last = text.utf8.last, first < 0x80, last < 0x80,
           !isASCIISpace(first), !isASCIISpace(last) {
            return text
        }
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// The form two labels are compared in when case and separators should not matter: NFC, lowercased,
    /// with every run of white space, hyphens and underscores made one space. "Needs Improvement",
    /// "needs-improvement" and "NEEDS_IMPROVEMENT" compare equal.
    static func matchKey(_ text: String) -> String {
        if let ascii = asciiKey(text, folding: true) { return ascii }
        var out = ""
        var pendingSpace = false
        for character in nfc(text).lowercased() {
            if character.isWhitespace || character == "-" || character == "_" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(character)
        }
        return nfc(out)
    }

    /// Header matching: case-insensitive and canonical-equivalence-insensitive, white space runs collapsed,
    /// but hyphens kept ("E-mail" is not "Email"; a mapping names the column as the file spells it).
    static func headerKey(_ text: String) -> String {
        if let ascii = asciiKey(text, folding: false) { return ascii }
        var out = ""
        var pendingSpace = false
        for character in nfc(text).lowercased() {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(character)
        }
        return nfc(out)
    }

    /// ``matchKey(_:)`` (with `folding`, hyphens and underscores count as spaces) or ``headerKey(_:)``
    /// of an ASCII text, byte by byte; `nil` for other text, which takes the Unicode path.
    private static func asciiKey(_ text: String, folding: Bool) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if isASCIISpace(byte) || (folding && (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_"))) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII characters Unicode counts as white space: tab, line feed, vertical tab, form feed,
    /// carriage return, space.
    static func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
}
