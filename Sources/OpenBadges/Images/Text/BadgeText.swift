/// Cleans text (an achievement's name, a level) for drawing and for XML.
///
/// Removed: every character XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE, U+FFFF),
/// the C1 controls and DEL (allowed by XML 1.0 but never text), noncharacters, the byte-order mark, and
/// the bidirectional embedding, override and isolate controls: the name is broken into lines that are laid
/// out independently, and an unclosed override would reverse the rest of its line. The marks that need no
/// closing (LRM, RLM, ALM) and the joiners (ZWJ, ZWNJ) stay, since scripts depend on them.
/// White space (line ends, tabs, the line and paragraph separators, every space separator but the no-break
/// ones) becomes single spaces, trimmed at both ends.
enum BadgeText {
    /// Scalars kept at most. A badge shows at most three lines of a few dozen characters and the title a
    /// few hundred; the rest of a longer name is dropped before any further work, so a hostile name of a
    /// megabyte costs what a name of this length costs.
    static let maxScalars = 4_096

    /// The cleaned text, and whether it was cut at ``maxScalars``.
    static func cleaned(_ text: String) -> (text: String, truncated: Bool) {
        // UTF-8 bytes, made into a String once: appending scalar by scalar to a String costs more than
        // classifying them.
        var output: [UInt8] = []
        output.reserveCapacity(min(text.utf8.count, 4 * maxScalars))
        var pendingSpace = false
        var kept = 0
        for scalar in text.unicodeScalars {
            switch category(scalar) {
            case .drop:
                continue
            case .space:
                pendingSpace = !output.isEmpty
            case .keep:
                if kept >= maxScalars { return (String(decoding: output, as: UTF8.self), true) }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                if scalar.value < 0x80 {
                    output.append(UInt8(scalar.value))
                } else {
                    output.append(contentsOf: scalar.utf8)
                }
                kept += 1
            }
        }
        return (String(decoding: output, as: UTF8.self), false)
    }

    private enum Category { case keep, space, drop }

    private static func category(_ scalar: Unicode.Scalar) -> Category {
        let value = scalar.value
        // ASCII first: most names are mostly ASCII, and Unicode property look-ups are the slow part.
        if value < 0x80 {
            if value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D { return .space }
            return value < 0x20 || value == 0x7F ? .drop : .keep
        }
        switch value {
        case 0x85, 0x2028, 0x2029: return .space
        case 0x00...0x1F, 0x7F...0x9F: return .drop
        case 0x202A...0x202E, 0x2066...0x2069: return .drop  // embeddings, overrides, isolates
        case 0xFEFF: return .drop  // byte-order mark
        case 0xFDD0...0xFDEF: return .drop  // noncharacters
        case 0xA0, 0x2007, 0x202F: return .keep  // no-break spaces keep words together
        default:
            if value & 0xFFFE == 0xFFFE { return .drop }  // U+FFFE, U+FFFF and their counterparts in every plane
            return scalar.properties.generalCategory == .spaceSeparator ? .space : .keep
        }
    }
}
