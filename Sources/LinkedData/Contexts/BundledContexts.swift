import LaurelJSON

/// The JSON-LD context documents Laurel carries, by URL.
///
/// Laurel's issuer and verifier never fetch a context: every context a credential may name is one of
/// these documents, written in this project from the term definitions the specifications publish and
/// proven equal, term for term, to the official copies. A URL is answered only when it is one of
/// `urls`, byte for byte: no trailing-slash, scheme or case variants beyond the aliases the publishers
/// serve.
///
/// The documents are built on first use, once, and never change afterwards.
public enum BundledContexts {
    /// Every URL Laurel answers, in a stable order.
    public static var urls: [String] { table.urls }

    /// The document for `url`, or `nil` when Laurel does not bundle it.
    public static func document(for url: String) -> JSON? {
        table.document(for: url)
    }

    /// Whether `url` is one of `urls`.
    public static func contains(_ url: String) -> Bool {
        document(for: url) != nil
    }

    /// Built by the first caller; Swift initializes a static constant exactly once, even when several
    /// threads reach it together.
    static let table = BundledContextTable(sources: BundledContextTable.sources)
}

/// The bundled documents, keyed by URL.
struct BundledContextTable: Sendable {
    struct Entry: Sendable {
        /// The URL exactly as listed: dictionary lookup compares strings by canonical equivalence, so a
        /// hit is confirmed against these bytes.
        let url: String
        let document: JSON
    }

    let urls: [String]
    let documents: [String: Entry]

    init(sources: [(urls: [String], build: () -> JSON)]) {
        var urls: [String] = []
        var documents: [String: Entry] = [:]
        for source in sources {
            let document = source.build()
            for url in source.urls {
                urls.append(url)
                documents[url] = Entry(url: url, document: document)
            }
        }
        self.urls = urls
        self.documents = documents
    }

    /// The document listed under exactly `url`.
    func document(for url: String) -> JSON? {
        guard let entry = documents[url], entry.url.isByteEqual(to: url) else { return nil }
        return entry.document
    }

    /// Each document once, with the URLs that answer with it.
    static var sources: [(urls: [String], build: () -> JSON)] {
        [
            ([CredentialsV1Context.url], CredentialsV1Context.document),
            ([CredentialsV2Context.url], CredentialsV2Context.document),
            ([CredentialsExamplesV1Context.url], CredentialsExamplesV1Context.document),
            ([CredentialsExamplesV2Context.url], CredentialsExamplesV2Context.document),
            ([UndefinedTermsV2Context.url], UndefinedTermsV2Context.document),
            ([DataIntegrityV1Context.url], DataIntegrityV1Context.document),
            ([DataIntegrityV2Context.url], DataIntegrityV2Context.document),
            ([MultikeyV1Context.url], MultikeyV1Context.document),
            ([JsonWebKeyV1Context.url], JsonWebKeyV1Context.document),
            ([Ed25519Signature2020Context.url], Ed25519Signature2020Context.document),
            ([DIDV1Context.url], DIDV1Context.document),
            ([SecurityV1Context.url], SecurityV1Context.document),
            ([SecurityV2Context.url], SecurityV2Context.document),
            ([BitstringStatusListContext.url], BitstringStatusListContext.document),
            ([StatusList2021Context.url], StatusList2021Context.document),
            (OpenBadges3InitialContext.urls, OpenBadges3InitialContext.document),
            (OpenBadges301Context.urls, OpenBadges301Context.document),
            (OpenBadges302Context.urls, OpenBadges302Context.document),
            (OpenBadges303Context.urls, OpenBadges303Context.document),
            ([OpenBadgesExtensionsContext.url], OpenBadgesExtensionsContext.document),
            ([CLR2Context.Edition.initial.url], { CLR2Context.document(.initial) }),
            ([CLR2Context.Edition.v2_0_1.url], { CLR2Context.document(.v2_0_1) }),
            (OpenBadgesV2Context.urls, OpenBadgesV2Context.document),
            ([ODRLContext.url], ODRLContext.document),
        ]
    }
}
