/// The base direction of a text.
public enum TextDirection: Sendable, Equatable {
    case leftToRight
    case rightToLeft

    /// The direction of the first strongly directional character of `text` (rule P2 of the Unicode
    /// Bidirectional Algorithm, with the right-to-left blocks standing in for the R and AL classes), or nil
    /// when the text has none (digits and punctuation only). Only the first 256 characters are looked at.
    static func firstStrong(in text: String) -> TextDirection? {
        for scalar in text.unicodeScalars.prefix(256) {
            let value = scalar.value
            if value < 0x80 {
                if (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A { return .leftToRight }
                continue
            }
            switch value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFE, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
                // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic presentation forms, and the
                // right-to-left historic and Adlam blocks; their marks and digits are not strong, letters are.
                if scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark {
                    return .rightToLeft
                }
            default:
                if scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark {
                    return .leftToRight
                }
            }
        }
        return nil
    }
}
