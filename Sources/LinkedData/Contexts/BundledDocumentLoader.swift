import LaurelJSON

/// A `DocumentLoader` that answers with Laurel's bundled contexts and nothing else.
///
/// It never touches the network: a context that is not bundled is an error naming its URL, so that a
/// verifier reports "unknown context" rather than trusting whatever a server returns today.
public struct BundledDocumentLoader: DocumentLoader {
    public init() {}

    public func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        guard let document = BundledContexts.document(for: url) else {
            throw JSONLDError(
                .loadingRemoteContextFailed,
                "the context \(url) is not bundled with Laurel; Laurel never fetches contexts"
            )
        }
        return RemoteDocument(documentURL: url, document: document)
    }
}

/// Answers with the bundled contexts first and sends every other URL to another loader: a loader over a
/// folder of pinned documents, or a test's fixtures. The other loader cannot replace a bundled context.
public struct BundledFirstDocumentLoader: DocumentLoader {
    public let fallback: any DocumentLoader

    public init(fallback: any DocumentLoader) {
        self.fallback = fallback
    }

    public func load(_ url: String) throws(JSONLDError) -> RemoteDocument {
        if let document = BundledContexts.document(for: url) {
            return RemoteDocument(documentURL: url, document: document)
        }
        return try fallback.load(url)
    }
}
