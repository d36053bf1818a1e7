/// A namespace of IRIs, spelled in full or as compact IRIs with a prefix term.
///
/// `Vocabulary.security.proofValue` is `https://w3id.org/security#proofValue`;
/// `Vocabulary.security.compact("sec").proofValue` is `sec:proofValue`, which a context that declares
/// the prefix (`ContextEntries.prefix`) expands to the same IRI. Context documents spell their IRIs one
/// way or the other, and the bundled copies keep each document's spelling.
@dynamicMemberLookup
struct Vocabulary: Sendable {
    /// The namespace IRI that local names are appended to.
    let namespace: String
    /// The prefix term, when IRIs are written as compact IRIs.
    let prefix: String?

    init(_ namespace: String) {
        self.namespace = namespace
        self.prefix = nil
    }

    private init(namespace: String, prefix: String) {
        self.namespace = namespace
        self.prefix = prefix
    }

    /// The same namespace, written as `prefix:local`.
    func compact(_ prefix: String) -> Vocabulary {
        Vocabulary(namespace: namespace, prefix: prefix)
    }

    /// The IRI of `local` as this vocabulary spells it.
    subscript(_ local: String) -> String {
        if let prefix { prefix + ":" + local } else { namespace + local }
    }

    subscript(dynamicMember local: String) -> String { self[local] }
}

// The namespaces the bundled documents use. Several specifications spell one vocabulary with different
// schemes (`http://schema.org/` and `https://schema.org/`; XML Schema even as `https://`): each is kept
// as published, because a different IRI is a different RDF term and signatures depend on it.
extension Vocabulary {
    static let credentials = Vocabulary("https://www.w3.org/2018/credentials#")
    static let security = Vocabulary("https://w3id.org/security#")
    static let xsd = Vocabulary("http://www.w3.org/2001/XMLSchema#")
    /// XML Schema under an `https` namespace, as the Open Badges 3.0 contexts spell it.
    static let xsdHTTPS = Vocabulary("https://www.w3.org/2001/XMLSchema#")
    static let dcterms = Vocabulary("http://purl.org/dc/terms/")
    static let schemaHTTPS = Vocabulary("https://schema.org/")
    static let schemaHTTP = Vocabulary("http://schema.org/")
    static let rdf = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
    static let status = Vocabulary("https://www.w3.org/ns/credentials/status#")
    static let statusList2021 = Vocabulary("https://w3id.org/vc/status-list#")
    static let jwt = Vocabulary("https://www.iana.org/assignments/jwt#")
    static let jose = Vocabulary("https://www.iana.org/assignments/jose#")
    static let did = Vocabulary("https://www.w3.org/ns/did#")
    static let activityStreams = Vocabulary("https://www.w3.org/ns/activitystreams#")
    static let openBadges3 = Vocabulary("https://purl.imsglobal.org/spec/vc/ob/vocab.html#")
    static let clr2 = Vocabulary("https://purl.imsglobal.org/spec/vc/clr/vocab.html#")
    static let openBadges2 = Vocabulary("https://w3id.org/openbadges#")
    static let odrl = Vocabulary("http://www.w3.org/ns/odrl/2/")
}
