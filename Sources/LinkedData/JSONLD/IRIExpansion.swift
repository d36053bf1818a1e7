/// IRI expansion (JSON-LD 1.1 API §5.2) against a finished active context: terms, keyword aliases,
/// compact IRIs, the vocabulary mapping and the base IRI.
enum IRIExpansion {
    /// Expands `value`; nil when it maps to null (a term mapped to null, or a reserved `@`-form).
    ///
    /// `vocab` makes `value` vocabulary-relative (property names, `@type` values), `documentRelative`
    /// resolves it against the base IRI (`@id` values).
    static func expand(_ value: String, in context: ContextData, documentRelative: Bool = false, vocab: Bool = true) -> String? {
        if value.utf8.first == UInt8(ascii: "@") {
            if Keyword.named(value) != nil { return value }
            if Keyword.hasKeywordForm(value) { return nil }
        }
        if let definition = context.term(value) {
            if definition.keyword != nil { return definition.iri }
            if vocab { return definition.iri }
        }
        return expandUndefined(value, in: context, documentRelative: documentRelative, vocab: vocab)
    }

    /// The steps after the term lookup: compact IRIs, absolute IRIs, blank nodes, then vocabulary- or
    /// document-relative resolution.
    static func expandUndefined(_ value: String, in context: ContextData, documentRelative: Bool, vocab: Bool) -> String? {
        let utf8 = value.utf8
        if let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex {
            // Absolute IRIs (`scheme://…`) and blank nodes are the common case: decided without copying.
            let afterColon = utf8.index(after: colon)
            if utf8[afterColon...].starts(with: "//".utf8) { return value }
            if utf8.first == UInt8(ascii: "_"), utf8.index(after: utf8.startIndex) == colon { return value }
            let prefix = String(value[..<colon])
            if let definition = context.term(prefix), let iri = definition.iri, definition.isPrefix {
                return iri + String(value[afterColon...])
            }
            if IRIResolution.hasScheme(value) { return value }
        }
        if vocab, let mapping = context.vocab { return mapping + value }
        if documentRelative { return IRIResolution.resolve(value, against: context.base) }
        return value
    }

    /// Splits at the first ':' when it is not the first character.
    @inline(__always)
    static func splitCompactIRI(_ value: String) -> (prefix: String, suffix: String)? {
        let utf8 = value.utf8
        guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")), colon != utf8.startIndex else { return nil }
        let prefix = String(value[..<colon])
        let suffix = String(value[utf8.index(after: colon)...])
        return (prefix, suffix)
    }

    /// True for an absolute IRI or a blank node identifier: what may stand as an RDF term.
    @inline(__always)
    static func isAbsoluteOrBlank(_ value: String) -> Bool {
        WellFormedness.isBlankNode(value) || IRIResolution.hasScheme(value)
    }
}
