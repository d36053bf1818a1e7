/// A BCP 47 language tag (RFC 5646), read without a locale database: its canonically cased form (for
/// `xml:lang`, `inLanguage`), the writing direction it implies — decided by the script subtag when there
/// is one ("ar-Latn" is left to right, "pa-Arab" right to left) and otherwise by the language's usual
/// script — and matching for picking a text in the reader's language.
///
/// Laurel's texts are plain text; renderers use `direction` to set `dir="rtl"`, never control characters.
public struct LanguageTag: Sendable, Equatable {
    /// The tag with canonical casing ("zh-Hant-TW", "sr-Latn"), or nil when the input is not a usable tag.
    public let value: String?
    /// The direction the tag implies, or nil when it implies none (no tag, "und", private use).
    public let direction: TextDirection?

    /// Tags longer than this lose their last subtags (extensions, private use) before becoming `xml:lang`.
    static let maxLength = 64

    public init(_ raw: String?) {
        guard let raw, !raw.isEmpty, raw.utf8.count <= 256 else {
            (value, direction) = (nil, nil)
            return
        }
        let subtags = raw.split(separator: "-", omittingEmptySubsequences: false).flatMap {
            $0.split(separator: "_", omittingEmptySubsequences: false)
        }
        // Every subtag: 1 to 8 ASCII letters or digits. Anything else is not a language tag.
        guard subtags.allSatisfy({ subtag in
            (1...8).contains(subtag.utf8.count)
                && subtag.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
        }), let first = subtags.first else {
            (value, direction) = (nil, nil)
            return
        }
        let language = first.lowercased()
        let isLetters = { (s: Substring) in s.utf8.allSatisfy { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } }
        // A private-use ("x-...") or grandfathered irregular ("i-...") tag names no language we can reason about.
        guard isLetters(first), (2...8).contains(first.utf8.count) else {
            (value, direction) = (nil, nil)
            return
        }

        var cased = [language]
        var script: String?
        var afterSingleton = false
        for (position, subtag) in subtags.enumerated().dropFirst() {
            let lower = subtag.lowercased()
            if afterSingleton || subtag.utf8.count == 1 {
                afterSingleton = true
                cased.append(lower)
            } else if subtag.utf8.count == 4 && isLetters(subtag) && script == nil && position <= 4 {
                let titled = lower.prefix(1).uppercased() + lower.dropFirst()
                script = titled
                cased.append(titled)
            } else if (subtag.utf8.count == 2 && isLetters(subtag)) || (subtag.utf8.count == 3 && subtag.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }) {
                cased.append(subtag.uppercased())  // region
            } else {
                cased.append(lower)
            }
        }
        while cased.count > 1 && cased.joined(separator: "-").utf8.count > Self.maxLength { cased.removeLast() }
        value = cased.joined(separator: "-")

        if let script {
            direction = Self.rightToLeftScripts.contains(script) ? .rightToLeft : .leftToRight
        } else if ["und", "mul", "zxx", "mis"].contains(language) {
            direction = nil
        } else {
            direction = Self.rightToLeftLanguages.contains(language) ? .rightToLeft : .leftToRight
        }
    }

    /// ISO 15924 codes of scripts written right to left.
    static let rightToLeftScripts: Set<String> = [
        "Adlm", "Arab", "Aran", "Armi", "Avst", "Chrs", "Cprt", "Elym", "Hatr", "Hebr", "Hung", "Khar", "Lydi",
        "Mand", "Mani", "Mend", "Narb", "Nbat", "Nkoo", "Orkh", "Ougr", "Palm", "Phli", "Phlp", "Phlv", "Phnx",
        "Prti", "Rohg", "Samr", "Sarb", "Sogd", "Sogo", "Syrc", "Syre", "Syrj", "Syrn", "Thaa", "Yezi",
    ]

    /// Languages whose usual script is right to left: Arabic and its varieties, Hebrew and the Jewish
    /// languages written in it, Persian, Urdu, Pashto, Sindhi, Kashmiri, Uyghur, Central Kurdish (ckb; plain
    /// "ku" is usually Latin), Dhivehi, Syriac, N'Ko, Rohingya and others written in Arabic script.
    static let rightToLeftLanguages: Set<String> = [
        "ar", "arb", "arz", "ary", "arq", "aeb", "apc", "ajp", "acm", "afb", "ayl", "apd", "ars", "shu", "acq", "abv",
        "adf", "aec", "ayh", "ayn", "ayp", "pga", "ssh", "acw", "acx", "acy", "auz", "avl",
        "he", "iw", "yi", "ji", "ydd", "yih", "jrb", "jpr",
        "fa", "pes", "prs", "haz", "ur", "ps", "pbt", "pbu", "pst", "sd", "ks", "ug", "ckb", "sdh", "lrc", "mzn",
        "glk", "bqi", "luz", "azb", "bal", "bcc", "bgn", "brh", "khw", "pnb", "skr", "hno", "ota",
        "dv", "syr", "arc", "nqo", "rhg", "sam",
    ]

    // MARK: Text in the tag

    /// A tag as learning platforms and spreadsheets write it (`pt_br`, `ES`, ` zh-cn `) in conventional
    /// form (`pt-BR`, `es`, `zh-CN`); nil when it is not a language tag. The check is the tag's shape, not
    /// a registry: a well-formed tag Laurel has no translation for is still the learner's preference.
    public static func normalize(_ text: String) -> String? {
        let trimmed = TextNormalization.trimmed(text)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 35 else { return nil }
        guard let value = LanguageTag(trimmed).value, (2...3).contains(primary(value).utf8.count) else { return nil }
        return value
    }

    /// True for a plausible BCP 47 tag: subtags of 1–8 ASCII letters or digits separated by `-`, the
    /// first of 2–3 letters (or `x`/`i` for private and grandfathered tags).
    public static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first else { return false }
        let letters = first.utf8.allSatisfy(isASCIILetter)
        guard letters, (2...3).contains(first.utf8.count) || first == "x" || first == "i" else { return false }
        return parts.allSatisfy { part in
            (1...8).contains(part.utf8.count) && part.utf8.allSatisfy { isASCIILetter($0) || ($0 >= 0x30 && $0 <= 0x39) }
        }
    }

    /// True when `tag` names a language written right to left (`ar`, `he`, `fa-IR`, `pa-Arab`…).
    public static func isRightToLeft(_ tag: String) -> Bool { LanguageTag(tag).direction == .rightToLeft }

    /// The primary language subtag, lower-cased (`pt-BR` gives `pt`).
    public static func primary(_ tag: String) -> String {
        lowercased(String(tag.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""))
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
        let prefixes = sorted.filter { wanted.hasPrefix(lowercased($0) + "-") }
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
