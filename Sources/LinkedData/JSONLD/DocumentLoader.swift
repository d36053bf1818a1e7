import LaurelJSON

/// A document retrieved for JSON-LD processing (a context or an input document), as JSON-LD 1.1 API §9.4
/// describes `RemoteDocument`.
public struct RemoteDocument: Sendable {
    /// The final URL of the document, after any redirects; the base IRI for relative references in it.
    public var documentURL: String
    public var document: JSON
    /// A context named by an HTTP Link header, for loaders that model one.
    public var contextURL: String?
    public var contentType: String?
    public var profile: String?

    public init(documentURL: String, document: JSON, contextURL: String? = nil, contentType: String? = "application/ld+json", profile: String? = nil) {
        self.documentURL = documentURL
        self.document = document
        self.contextURL = contextURL
        self.contentType = contentType
        self.profile = profile
    }
}

/// Supplies remote contexts and documents to the JSON-LD processor.
///
/// Laurel's product loader serves bundled documents only and never touches the network; tests pass
/// loaders that answer a test suite's URLs from local files. A loader that cannot answer throws a
/// `JSONLDError` with code `.loadingRemoteContextFailed` or `.loadingDocumentFailed` that names the URL.
public protocol DocumentLoader: Sendable {
    func load(_ url: String) throws(JSONLDError) -> RemoteDocument
}
