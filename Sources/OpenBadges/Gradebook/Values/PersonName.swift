/// Joins a name kept in two columns (Moodle's "First name" and "Last name").
///
/// Names written in Han characters, kana or Hangul put the family name first with no space (王 + 芳 is
/// 王芳, not "芳 王"); names in other scripts are written given name, space, family name. A course whose
/// names follow another order maps a single full-name column instead.
enum PersonName {
    static func join(given: String?, family: String?) -> String? {
        switch (given, family) {
        case (nil, nil): return nil
        case (let given?, nil): return given
        case (nil, let family?): return family
        case (let given?, let family?):
            if isEastAsian(given) && isEastAsian(family) { return family + given }
            return given + " " + family
        }
    }

    static func isEastAsian(_ text: String) -> Bool {
        var sawLetter = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "\u{30FB}" { continue }  // the katakana middle dot
            switch scalar.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F,  // Han
                 0x3040...0x309F, 0x30A0...0x30FF,                                     // hiragana, katakana
                 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF:                    // Hangul
                sawLetter = true
            default:
                return false
            }
        }
        return sawLetter
    }
}
