/// The rules a mapping's strings follow, shared by the JSON form, the command-line form and the presets,
/// and written the same way in `schemas/gradebook-mapping.schema.json` so that the schema and the reader
/// accept exactly the same mappings.
enum MappingSyntax {
    /// Assignment, session and level keys: 1 to 64 code points; no white space, control characters, `=`
    /// (the command line's separator), `:` or a leading `#` (the command line's position syntax).
    static func isValidKey(_ key: String) -> Bool {
        let scalars = key.unicodeScalars
        guard (1...64).contains(scalars.count), scalars.first != "#" else { return false }
        return scalars.allSatisfy { scalar in
            !isSpaceOrControl(scalar) && scalar != "=" && scalar != ":"
        }
    }

    /// A column title: 1 to 1,000 code points, not only white space.
    static func isValidHeader(_ name: String) -> Bool {
        (1...1_000).contains(name.unicodeScalars.count) && !name.unicodeScalars.allSatisfy(isSpaceOrControl)
    }

    /// An alias or a no-grade text: 1 to 200 code points, not only white space.
    static func isValidWord(_ text: String) -> Bool {
        (1...200).contains(text.unicodeScalars.count) && !text.unicodeScalars.allSatisfy(isSpaceOrControl)
    }

    /// 1 to 8 characters, none of which can be part of a number or a word: not an ASCII letter or digit,
    /// not `. , + - %`, not white space.
    static func isValidAttemptSeparator(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard (1...8).contains(scalars.count) else { return false }
        return scalars.allSatisfy { scalar in
            !(scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                && !".,+-%".unicodeScalars.contains(scalar) && !isSpaceOrControl(scalar)
        }
    }

    /// The shape of a BCP 47 tag as the schema checks it; ``LanguageTag`` then normalizes its case.
    static func isValidLanguageTag(_ text: String) -> Bool {
        LanguageTag.normalize(text) != nil && text == TextNormalization.trimmed(text)
    }

    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
    }
}
