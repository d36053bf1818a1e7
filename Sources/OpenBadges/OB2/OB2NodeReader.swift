extension OB2 {
    /// Reads the properties of one OB 2.0 node by term, accepting every spelling of the term the OB 2.0
    /// context gives the same meaning (`verify` for `verification`, `obi:badge`, the absolute IRI).
    ///
    /// Errors carry the JSON pointer of the member as written in the document, so a person finds it.
    struct NodeReader {
        var base: ObjectReader
        let vocabulary: Vocabulary

        init(_ json: JSON, at pointer: JSONPointer, what: String) throws(BadgeDecodingError) {
            base = try ObjectReader(json, at: pointer, what: what)
            vocabulary = .shared
            try refuseRepeatedProperties()
        }

        /// Two spellings of one property (`badge` and `obi:badge`) are, in JSON-LD, one property with two
        /// values. A reader that took either one could be shown a different badge than another reader,
        /// so the node is refused.
        func refuseRepeatedProperties() throws(BadgeDecodingError) {
            var seen: [[UInt8]: String] = [:]
            for key in base.object.keys where !key.hasPrefix("@") {
                guard let iri = vocabulary.expand(key) else { continue }
                if let other = seen[Array(iri.utf8)] {
                    throw BadgeDecodingError(.invalidValue("\"\(other)\" and \"\(key)\" are the same property (\(iri)); it may be given only once"),
                                             at: base.path(key))
                }
                seen[Array(iri.utf8)] = key
            }
        }

        var pointer: JSONPointer { base.pointer }

        /// The member key under which `term` is written: the first spelling present, or the term itself.
        func key(_ term: String) -> String {
            for spelling in vocabulary.spellings(of: term) where base.contains(spelling) { return spelling }
            // The context aliases `id` and `type` to the keywords, which may also be written directly.
            if term == "id", base.contains("@id") { return "@id" }
            if term == "type", base.contains("@type") { return "@type" }
            return term
        }

        func path(_ term: String) -> JSONPointer { base.path(key(term)) }

        func contains(_ term: String) -> Bool { base.contains(key(term)) }

        mutating func value(_ term: String) -> JSON? { base.value(key(term)) }

        mutating func required(_ term: String) throws(BadgeDecodingError) -> JSON { try base.required(key(term)) }

        mutating func string(_ term: String) throws(BadgeDecodingError) -> String? {
            guard let value = value(term) else { return nil }
            return try Self.text(value, at: path(term))
        }

        mutating func requiredString(_ term: String) throws(BadgeDecodingError) -> String {
            guard let text = try string(term) else { throw BadgeDecodingError(.missingProperty, at: path(term)) }
            return text
        }

        /// A string, or a JSON-LD value object holding one (`{"@value": "Insignia", "@language": "es"}`,
        /// the form multilingual badges use).
        static func text(_ value: JSON, at pointer: JSONPointer) throws(BadgeDecodingError) -> String {
            if case .object(let object) = value, case .string(let text)? = object["@value"] { return text }
            return try ObjectReader.string(value, at: pointer)
        }

        mutating func bool(_ term: String) throws(BadgeDecodingError) -> Bool? { try base.bool(key(term)) }

        mutating func strings(_ term: String) throws(BadgeDecodingError) -> [String] {
            try many(term) { (value, place) throws(BadgeDecodingError) in try Self.text(value, at: place) }
        }

        mutating func one<T>(_ term: String,
                             _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> T? {
            try base.one(key(term), decode)
        }

        mutating func many<T>(_ term: String,
                              _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> [T] {
            try base.many(key(term), decode)
        }

        /// A required single-valued property holding an IRI or an embedded node.
        mutating func requiredOne<T>(_ term: String,
                                     _ decode: (JSON, JSONPointer) throws(BadgeDecodingError) -> T) throws(BadgeDecodingError) -> T {
            guard let value = try one(term, decode) else { throw BadgeDecodingError(.missingProperty, at: path(term)) }
            return value
        }

        /// An OB 2.0 date-time (see `OB2.DateTimeReading`).
        mutating func dateTime(_ term: String, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> DateTime? {
            guard let value = value(term) else { return nil }
            return try DateTimeReading.read(value, at: path(term), warnings: &warnings)
        }

        mutating func requiredDateTime(_ term: String, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) -> DateTime {
            guard let date = try dateTime(term, warnings: &warnings) else { throw BadgeDecodingError(.missingProperty, at: path(term)) }
            return date
        }

        /// The `type` values as class names (`hosted` → `HostedBadge`, `obi:Assertion` → `Assertion`),
        /// in document order; empty when `type` is absent.
        mutating func types() throws(BadgeDecodingError) -> [String] {
            try strings("type").map(vocabulary.className)
        }

        /// The `type` values, which must name one of `anyOf`.
        mutating func types(requiring anyOf: [String]) throws(BadgeDecodingError) -> [String] {
            guard contains("type") else { throw BadgeDecodingError(.missingProperty, at: path("type")) }
            let found = try types()
            guard found.contains(where: { value in anyOf.contains { $0.isByteEqual(to: value) } }) else {
                throw BadgeDecodingError(.missingTypeValue(expected: anyOf, found: found), at: path("type"))
            }
            return found
        }

        /// Everything not read, in document order: the node's extensions and properties of other
        /// vocabularies. JSON-LD keywords stay here too (`@context`, `@language`).
        var unconsumed: JSONObject { base.unconsumed }
    }
}
