/// Reads a preferred-language cell as a BCP 47 tag, in its conventional case.
///
/// Learning platforms write language codes their own way: Moodle `pt_br` and `zh_cn`, spreadsheets `ES` or
/// `pt-br`. These become `pt-BR`, `zh-CN`, `es`. The check is the tag's shape (a 2–3 letter language, then
/// subtags of 1–8 letters or digits), not a registry lookup: a well-formed tag Laurel has no translation
/// for is still the learner's preference.
enum LanguageTag {
    static func normalize(_ text: String) -> String? {
        // The common case, a bare lowercase language ("es", "ar"), is already normal.
        if (2...3).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
            return text
        }
        let trimmed = TextNormalization.trimmed(text)
        guard !trimmed.isEmpty, trimmed.utf8.count <= 35 else { return nil }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", omittingEmptySubsequences: false) }
        guard let language = parts.first,
              (2...3).contains(language.count), language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return nil }
        var out = [language.lowercased()]
        for (index, part) in parts.dropFirst().enumerated() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
                return nil
            }
            // A private-use or extension singleton ends the part whose case conventions are defined.
            let afterSingleton = parts.dropFirst().prefix(index).contains { $0.count == 1 }
            if afterSingleton {
                out.append(part.lowercased())
            } else if part.count == 4, part.allSatisfy(\.isLetter) {
                out.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())  // script: Hans, Cyrl
            } else if part.count == 2, part.allSatisfy(\.isLetter) {
                out.append(part.uppercased())  // region: BR, CN
            } else {
                out.append(part.lowercased())
            }
        }
        return out.joined(separator: "-")
    }
}
