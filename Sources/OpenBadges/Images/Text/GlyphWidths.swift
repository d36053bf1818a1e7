/// Estimated advance widths, in em, of text set in the viewer's sans-serif system font.
///
/// No font is available when the badge is drawn, and the viewer's font is unknown (Segoe UI, San
/// Francisco, Roboto, Noto, DejaVu...), so widths are typical values per script, with per-letter values
/// for ASCII, where widths vary the most (an "i" is a quarter of an "m"). They err on the wide side: text
/// that is estimated too wide is set a little smaller than it could be, text estimated too narrow would
/// overflow the badge.
enum GlyphWidths {
    /// Widths of U+0020...U+007E in a typical sans-serif, before ``safety``.
    private static let ascii: [Double] = [
        0.28, 0.28, 0.36, 0.56, 0.56, 0.89, 0.67, 0.19, 0.33, 0.33, 0.39, 0.58, 0.28, 0.33, 0.28, 0.28,  // space to /
        0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.28, 0.28, 0.58, 0.58, 0.58, 0.56,  // 0 to ?
        1.02, 0.67, 0.67, 0.72, 0.72, 0.67, 0.61, 0.78, 0.72, 0.28, 0.50, 0.67, 0.56, 0.83, 0.72, 0.78,  // @ to O
        0.67, 0.78, 0.72, 0.67, 0.61, 0.72, 0.67, 0.94, 0.67, 0.67, 0.61, 0.28, 0.28, 0.28, 0.47, 0.56,  // P to _
        0.33, 0.56, 0.56, 0.50, 0.56, 0.56, 0.28, 0.56, 0.56, 0.22, 0.22, 0.50, 0.22, 0.83, 0.56, 0.56,  // ` to o
        0.56, 0.56, 0.33, 0.50, 0.28, 0.56, 0.50, 0.72, 0.50, 0.50, 0.50, 0.33, 0.26, 0.33, 0.58,  // p to ~
    ]

    /// System UI fonts run wider than the classic proportions above (DejaVu Sans by about a tenth).
    static let safety = 1.12
    /// Bold faces run wider still.
    static let bold = 1.07

    /// The width of one grapheme cluster, regular weight. Marks, joiners and variation selectors add
    /// nothing; a spacing mark (a Devanagari vowel sign) adds a little; a consonant joined to the previous
    /// one by a virama adds less than a full letter, as conjuncts are drawn narrower than their parts; an
    /// emoji cluster (a ZWJ family, a flag, a keycap) is one emoji wide however many scalars it has.
    static func width(of cluster: Character) -> Double {
        var total = 0.0
        var spacing = 0
        var previousWasVirama = false
        for scalar in cluster.unicodeScalars {
            let value = scalar.value
            // ASCII needs no Unicode property look-up, the slow part of measuring.
            if value >= 0x20 && value <= 0x7E {
                total += ascii[Int(value - 0x20)]
                spacing += 1
                previousWasVirama = false
                continue
            }
            let properties = scalar.properties
            // Emoji: presentation selector, regional indicators (flags), or a scalar shown as emoji by
            // default (none lies below U+231A).
            if value == 0xFE0F || (0x1F1E6...0x1F1FF).contains(value) || (value >= 0x231A && properties.isEmojiPresentation) {
                return 1.25 * safety
            }
            let width = scalarWidth(scalar, properties)
            if width > 0 {
                total += spacing > 0 && previousWasVirama ? width * 0.6 : width
                spacing += 1
            }
            // Viramas exist only in the Brahmic blocks.
            previousWasVirama = (0x0900..<0x1D00).contains(value) || (0xA800..<0xAB00).contains(value)
                || (0x11000..<0x12000).contains(value) ? properties.canonicalCombiningClass == .virama : false
        }
        return total * safety
    }

    /// The width of a lone scalar, before ``safety``; 0 for what draws nothing by itself.
    private static func scalarWidth(_ scalar: Unicode.Scalar, _ properties: Unicode.Scalar.Properties) -> Double {
        let value = scalar.value
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .surrogate: return 0
        case .spacingMark: return 0.3
        case .spaceSeparator: return value == 0x3000 ? 1 : 0.28
        default: break
        }
        switch value {
        case 0xFDFA...0xFDFD: return 2.6  // Arabic ligatures of whole phrases
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return 0  // Hangul medial and final jamo join the initial
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6,
            0x1B000...0x1B2FF, 0x20000...0x3FFFD:
            return 1  // East Asian wide: Han, kana, Hangul, fullwidth forms
        case 0xFF61...0xFFDC: return 0.5  // halfwidth forms
        case 0x1F000...0x1FAFF: return 1.25  // symbols drawn as emoji
        case 0x0590...0x05FF: return 0.58  // Hebrew
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return 0.55  // Arabic
        case 0x0700...0x07FF: return 0.58  // Syriac, Thaana, NKo
        case 0x0B80...0x0BFF, 0x0D00...0x0D7F: return 0.75  // Tamil, Malayalam
        case 0x0900...0x0DFF: return 0.64  // other Indic scripts
        case 0x0E00...0x0EFF: return 0.6  // Thai, Lao
        case 0x1000...0x109F, 0x1780...0x17FF: return 0.72  // Myanmar, Khmer
        case 0x1200...0x139F, 0x2D80...0x2DDF: return 0.72  // Ethiopic
        case 0x2013: return 0.56
        case 0x2014, 0x2026, 0x2030: return 1
        case 0x2018...0x201F: return 0.3
        default: return properties.isUppercase ? 0.7 : 0.58
        }
    }
}
