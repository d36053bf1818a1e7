extension LocalizedText {
    /// Reads `{"en": "…", "es": "…"}`, or, when `defaultLanguage` is given, a bare string meaning the text
    /// in that language. Every key must be a well-formed language tag and every value a non-empty string.
    static func decode(_ json: JSON, at pointer: JSONPointer,
                       defaultLanguage: String? = nil) throws(BadgeDecodingError) -> LocalizedText {
        if case .string(let text) = json, let defaultLanguage {
            guard !text.isEmpty else { throw BadgeDecodingError(.invalidValue("the text is empty"), at: pointer) }
            return LocalizedText([defaultLanguage: text])
        }
        guard case .object(let object) = json else {
            let expected = defaultLanguage == nil ? "an object of texts by language" : "a string or an object of texts by language"
            throw BadgeDecodingError(.wrongKind(expected: expected, found: json.kindName), at: pointer)
        }
        var texts: [String: String] = [:]
        for member in object.members {
            let place = pointer.appending(member.key)
            guard LanguageTag.isWellFormed(member.key) else {
                throw BadgeDecodingError(.invalidValue("\"\(member.key)\" is not a language tag (such as en, es, ar, pt-BR)"), at: place)
            }
            guard case .string(let text) = member.value else {
                throw BadgeDecodingError(.wrongKind(expected: "a string", found: member.value.kindName), at: place)
            }
            guard !text.isEmpty else { throw BadgeDecodingError(.invalidValue("the text is empty"), at: place) }
            if texts.keys.contains(where: { LanguageTag.lowercased($0) == LanguageTag.lowercased(member.key) }) {
                throw BadgeDecodingError(.invalidValue("the language \"\(member.key)\" is given twice"), at: place)
            }
            texts[member.key] = text
        }
        return LocalizedText(texts)
    }

    /// `{"ar": "…", "en": "…"}` with languages in byte order.
    var json: JSON {
        var object = JSONObject()
        for language in languages { object[language] = texts[language].map(JSON.string) }
        return .object(object)
    }
}

extension ObjectReader {
    /// Refuses members nobody read: in Laurel's own formats an unknown member is a typo, not an extension.
    func rejectUnknownMembers() throws(BadgeDecodingError) {
        if let first = unconsumed.members.first {
            throw BadgeDecodingError(.invalidValue("unknown member \"\(first.key)\""), at: path(first.key))
        }
    }

    mutating func localized(_ key: String, defaultLanguage: String? = nil) throws(BadgeDecodingError) -> LocalizedText? {
        guard let value = value(key) else { return nil }
        return try LocalizedText.decode(value, at: path(key), defaultLanguage: defaultLanguage)
    }

    mutating func requiredLocalized(_ key: String, defaultLanguage: String? = nil) throws(BadgeDecodingError) -> LocalizedText {
        guard let text = try localized(key, defaultLanguage: defaultLanguage) else {
            throw BadgeDecodingError(.missingProperty, at: path(key))
        }
        return text
    }

    /// An array of strings (a single string is not accepted: Laurel's formats always write arrays).
    mutating func stringArray(_ key: String) throws(BadgeDecodingError) -> [String] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value else {
            throw BadgeDecodingError(.wrongKind(expected: "an array of strings", found: value.kindName), at: path(key))
        }
        var out: [String] = []
        for (index, element) in elements.enumerated() {
            out.append(try Self.string(element, at: path(key).appending(index)))
        }
        return out
    }

    /// An array of objects, each decoded with its pointer.
    mutating func objectArray<T>(_ key: String,
                                 _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> [T] {
        guard let value = value(key) else { return [] }
        guard case .array(let elements) = value else {
            throw BadgeDecodingError(.wrongKind(expected: "an array", found: value.kindName), at: path(key))
        }
        var out: [T] = []
        for (index, element) in elements.enumerated() { out.append(try decode(element, path(key).appending(index))) }
        return out
    }
}
