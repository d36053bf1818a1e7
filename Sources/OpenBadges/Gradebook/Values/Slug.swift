/// Turns a column title into an assignment or session key: "Assignment: Partner map (Real)" proposes
/// `partner-map`.
///
/// Letters and digits of every script are kept (lowercased, NFC), so "Mapa de aliados" gives
/// `mapa-de-aliados` and an Arabic or Devanagari title keeps its letters with their vowel signs; every
/// other run of characters becomes one hyphen.
enum Slug {
    static let maxScalars = 64

    static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        var scalars = 0
        for character in TextNormalization.nfc(text).lowercased() {
            // A grapheme whose base is a letter or digit keeps its combining marks (matras, accents).
            guard let base = character.unicodeScalars.first,
                  base.properties.isAlphabetic || base.properties.numericType != nil
            else {
                pendingHyphen = !out.isEmpty
                continue
            }
            let count = character.unicodeScalars.count + (pendingHyphen ? 1 : 0)
            guard scalars + count <= maxScalars else { break }
            if pendingHyphen {
                out.append("-")
                pendingHyphen = false
            }
            out.append(character)
            scalars += count
        }
        return TextNormalization.nfc(out)
    }
}
