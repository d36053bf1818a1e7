import LaurelJSON

/// Reads a key-related document through the verifier's fetcher, with the document cache, and turns
/// fetch and parse failures into key-resolution errors: a document that could not be read leaves the
/// verifier unable to decide (`.unresolvable`); one that was read but is not JSON is broken (`.invalid`).
struct KeyDocumentReader: Sendable {
    let fetcher: any DocumentFetcher
    let cache: DocumentCache

    /// The largest key document parsed (a DID document with a few dozen keys is a few KiB).
    static let maxBytes = 1 << 20
    static let limits = JSONParser.Limits(maxBytes: maxBytes, maxDepth: 32)

    static let didDocumentTypes = ["application/did+json", "application/did+ld+json", "application/ld+json", "application/json"]
    static let controllerDocumentTypes = ["application/cid", "application/did+json", "application/ld+json", "application/json"]
    static let keySetTypes = ["application/jwk-set+json", "application/json"]

    /// - Parameters:
    ///   - what: the document, for messages ("the DID document of did:web:example.org").
    ///   - methodID: the verification method being resolved, which errors name.
    func read(_ url: String, accept: [String], what: String, for methodID: String) async throws(KeyResolutionError) -> JSON {
        if let cached = cache.document(at: url) { return cached }
        let document: FetchedDocument
        do { document = try await fetcher.fetch(url, accept: accept) } catch {
            throw .unresolvable(methodID, reason: "\(what) could not be read: \(error)")
        }
        guard document.bytes.count <= Self.maxBytes else {
            throw .unresolvable(methodID, reason: "\(what) at \(url) is \(document.bytes.count) bytes, more than the \(Self.maxBytes) Laurel reads")
        }
        let json: JSON
        do { json = try JSON.parse(document.bytes, limits: Self.limits) } catch {
            throw .invalid(methodID, reason: "\(what) at \(url) is not valid JSON: \(error.description)")
        }
        cache.store(json, size: document.bytes.count, at: url)
        return json
    }
}
