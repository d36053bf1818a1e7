/// Matching of BCP 47 language tags without a locale database: enough to pick the right text for a
/// learner whose preferred language is `es-MX` when a course is written in `es`.
public enum LanguageTag {
    /// Languages written right to left, by primary subtag. Laurel's texts are plain text; a renderer uses
    /// this to set the direction (`dir="rtl"`), never by inserting control characters into the text.
    static let rightToLeft: Set<String> = ["ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "syr", "ug", "ur", "yi"]

    /// True when `tag` names a language written right to left (`ar`, `he`, `fa-IR`...).
    public static func isRightToLeft(_ tag: String) -> Bool { rightToLeft.contains(primary(tag)) }

    /// The primary language subtag, lower-cased (`pt-BR` gives `pt`).
    public static func primary(_ tag: String) -> String {
        lowercased(String(tag.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
    }

    /// True for a plausible BCP 47 tag: subtags of 1–8 ASCII letters or digits separated by `-`, the first
    /// of 2–3 letters (or `x`/`i` for private and grandfathered tags).
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, !parts.isEmpty else { return false }
        let letters = first.utf8.allSatisfy(isASCIILetter)
        guard letters, (2...3).contains(first.utf8.count) || first == "x" || first == "i" else { return false }
        return parts.allSatisfy { part in
            (1...8).contains(part.utf8.count) && part.utf8.allSatisfy { isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }

    /// The element of `available` that best serves a reader of `requested`: the same tag, else a tag that
    /// is a prefix of it (`es` for `es-MX`), else one with the same primary subtag (`es-419` for `es-MX`).
    /// With `exactOnly`, only the same tag (ignoring case) matches.
    public static func bestMatch(for requested: String, among available: [String], exactOnly: Bool = false) -> String? {
        let wanted = lowercased(requested)
        let sorted = available.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if let exact = sorted.first(where: { lowercased($0) == wanted }) { return exact }
        if exactOnly { return nil }
        // The longest prefix on subtag boundaries: `zh-Hant` before `zh` for `zh-Hant-TW`.
        let prefixes = sorted.filter { candidate in
            let lower = lowercased(candidate)
            return wanted.hasPrefix(lower + "-")
        }
        if let longest = prefixes.max(by: { $0.utf8.count < $1.utf8.count }) { return longest }
        let primaryWanted = primary(requested)
        return sorted.first { primary($0) == primaryWanted }
    }

    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }

    /// ASCII lower-casing: tags are ASCII, and the locale-dependent `lowercased()` is not wanted here.
    static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
