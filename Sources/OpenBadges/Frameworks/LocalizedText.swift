/// A text written in several languages, keyed by BCP 47 language tag (`en`, `es`, `ar`, `pt-BR`).
///
/// Laurel keeps every language version of a name or description side by side; the document that
/// leaves Laurel (an OB 3.0 achievement, a CASE framework) picks one with `resolved(for:fallback:)`.
public struct LocalizedText: Sendable, Equatable, ExpressibleByDictionaryLiteral {
    /// Text per language tag, as written.
    public private(set) var texts: [String: String]

    public init(_ texts: [String: String] = [:]) { self.texts = texts }

    public init(dictionaryLiteral elements: (String, String)...) {
        texts = [:]
        for (language, text) in elements { texts[language] = text }
    }

    /// The language tags present, sorted by their bytes so that output is stable.
    public var languages: [String] { texts.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    public var isEmpty: Bool { texts.isEmpty }

    /// The text in exactly `language` (compared case-insensitively, as BCP 47 tags are).
    public subscript(language: String) -> String? {
        get { LanguageTag.bestMatch(for: language, among: Array(texts.keys), exactOnly: true).flatMap { texts[$0] } }
        set {
            let existing = LanguageTag.bestMatch(for: language, among: Array(texts.keys), exactOnly: true)
            texts[existing ?? language] = newValue
        }
    }

    /// The text for a reader of `language`: that language, else the closest variant of it (`es-MX`
    /// reads `es`), else `fallback` (the definition's default language), else any text at all.
    public func resolved(for language: String, fallback: String) -> String? {
        resolvedWithLanguage(for: language, fallback: fallback)?.text
    }

    /// As `resolved(for:fallback:)`, also saying which language the text is in.
    public func resolvedWithLanguage(for language: String, fallback: String) -> (text: String, language: String)? {
        let keys = Array(texts.keys)
        for wanted in [language, fallback] {
            if let key = LanguageTag.bestMatch(for: wanted, among: keys), let text = texts[key] {
                return (text, key)
            }
        }
        guard let first = languages.first, let text = texts[first] else { return nil }
        return (text, first)
    }
}
