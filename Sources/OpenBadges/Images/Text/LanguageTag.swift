/// What the artwork needs from a BCP 47 language tag (RFC 5646): a well-formed, canonically cased value
/// for `xml:lang`, and the writing direction, decided by the script subtag when there is one ("ar-Latn"
/// is left to right, "pa-Arab" right to left) and otherwise by the language's usual script.
struct LanguageTag: Sendable, Equatable {
    /// The tag with canonical casing ("zh-Hant-TW", "sr-Latn"), or nil when the input is not a usable tag.
    let value: String?
    /// The direction the tag implies, or nil when it implies none (no tag, "und", private use).
    let direction: TextDirection?

    /// Tags longer than this lose their last subtags (extensions, private use) before becoming `xml:lang`.
    static let maxLength = 64

    init(_ raw: String?) {
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
}
