import LaurelJSON

/// A term's `@container`.
enum TermContainer: String, Sendable {
    case set = "@set"
    case list = "@list"
    case graph = "@graph"
}

// One helper per kind of definition. Expanded term definitions come out as `@id`, `@type`,
// `@container`, `@context`, whatever order a published copy uses: JSON-LD gives the order no meaning.
extension ContextWriter {
    // MARK: Keywords and prefixes

    /// `"@protected": true`: the terms that follow cannot be redefined by later contexts.
    static var protected: ContextEntries { ContextEntries("@protected", true) }

    /// `"@version": 1.1`: the context needs JSON-LD 1.1 processing.
    static var version11: ContextEntries { ContextEntries("@version", 1.1) }

    /// `"id": "@id", "type": "@type"`: the aliases credential contexts start with.
    static var idAndType: ContextEntries {
        ContextEntries([
            JSONObject.Member(key: "id", value: "@id"),
            JSONObject.Member(key: "type", value: "@type"),
        ])
    }

    /// `"@vocab": iri`: terms the context does not define expand against `iri`.
    static func vocab(_ iri: String) -> ContextEntries {
        ContextEntries("@vocab", .string(iri))
    }

    /// A term that aliases a keyword, e.g. `"uid": "@id"`.
    static func keyword(_ term: String, _ keyword: String) -> ContextEntries {
        ContextEntries(term, .string(keyword))
    }

    /// Declares the prefix terms of compact vocabularies: `"sec": "https://w3id.org/security#"`.
    /// A vocabulary spelled in full has no prefix to declare.
    static func prefix(_ vocabularies: Vocabulary...) -> ContextEntries {
        ContextEntries(vocabularies.compactMap { vocabulary in
            vocabulary.prefix.map { JSONObject.Member(key: $0, value: .string(vocabulary.namespace)) }
        })
    }

    // MARK: Terms

    /// A simple term definition: the term maps to an IRI and nothing else (`"nonce": "sec:nonce"`).
    static func iri(_ term: String, _ iri: String) -> ContextEntries {
        ContextEntries(term, .string(iri))
    }

    /// Simple term definitions whose terms are their local names in `vocabulary`
    /// (`"Ed25519Signature2018": "sec:Ed25519Signature2018"`).
    static func iris(_ vocabulary: Vocabulary, _ localNames: String...) -> ContextEntries {
        ContextEntries(localNames.map { JSONObject.Member(key: $0, value: .string(vocabulary[$0])) })
    }

    /// An expanded term definition: `{"@id": iri}` plus, when given, `@type` and `@container`.
    static func term(_ term: String, _ iri: String, type: String? = nil, container: TermContainer? = nil) -> ContextEntries {
        var definition = JSONObject()
        definition["@id"] = .string(iri)
        if let type { definition["@type"] = .string(type) }
        if let container { definition["@container"] = .string(container.rawValue) }
        return ContextEntries(term, .object(definition))
    }

    /// A term whose string values are IRIs of nodes (`"@type": "@id"`).
    static func reference(_ term: String, _ iri: String, container: TermContainer? = nil) -> ContextEntries {
        self.term(term, iri, type: "@id", container: container)
    }

    /// References whose terms are their local names in `vocabulary`.
    static func references(_ vocabulary: Vocabulary, _ localNames: String...) -> ContextEntries {
        ContextEntries(localNames.flatMap { reference($0, vocabulary[$0]).members })
    }

    /// A term whose string values are terms or IRIs expanded against the vocabulary (`"@type": "@vocab"`).
    static func vocabularyReference(_ term: String, _ iri: String) -> ContextEntries {
        self.term(term, iri, type: "@vocab")
    }

    /// Vocabulary references whose terms are their local names in `vocabulary`.
    static func vocabularyReferences(_ vocabulary: Vocabulary, _ localNames: String...) -> ContextEntries {
        ContextEntries(localNames.flatMap { vocabularyReference($0, vocabulary[$0]).members })
    }

    /// A term whose values are literals of `datatype` (`"@type": "xsd:dateTime"`).
    static func typed(_ term: String, _ iri: String, _ datatype: String, container: TermContainer? = nil) -> ContextEntries {
        self.term(term, iri, type: datatype, container: container)
    }

    /// A term whose values are JSON literals, kept as they are (`"@type": "@json"`).
    static func json(_ term: String, _ iri: String) -> ContextEntries {
        self.term(term, iri, type: "@json")
    }

    /// A type term with its type-scoped context, `{"@id": iri, "@context": {...}}`: the scoped terms
    /// apply inside any node of this type.
    static func type(_ term: String, _ iri: String, @ContextBuilder context: () -> ContextEntries) -> ContextEntries {
        self.term(term, iri).scoped(context)
    }
}
