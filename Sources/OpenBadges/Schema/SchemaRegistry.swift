/// Schema documents known by URI, so that `$ref` can cross from one document to another.
///
/// Register every document a schema may reference (the OB 3.0 schemas, the project's own schemas);
/// `$id`s inside a document, embedded resources included, become reachable too. The draft 2019-09
/// meta-schemas are always available. Anything else goes to the `resolver`, which by default refuses:
/// compiling never fetches.
public struct SchemaRegistry: Sendable {
    public var resolver: SchemaResolver
    /// Documents by the key they were registered under (absolute URI without fragment).
    var documents: [String: JSON] = [:]
    /// Every resource URI a registered document declares, mapped to that document's key.
    var aliases: [String: String] = [:]

    public init(resolver: SchemaResolver = .refusing) {
        self.resolver = resolver
    }

    /// The URIs of the registered documents and the resources they embed, sorted.
    public var uris: [String] { aliases.keys.sorted() }

    /// Registers `document` under `uri` and under its own `$id` (resolved against `uri`).
    ///
    /// Fails when neither gives an absolute URI, when the document's identifiers are malformed, or
    /// when a URI is already taken by a different document.
    public mutating func register(_ document: JSON, uri: String? = nil) throws(SchemaError) {
        let retrieval: SchemaURI
        if let uri {
            retrieval = SchemaURI(uri).withoutFragment
        } else if let id = document["$id"]?.stringValue {
            retrieval = SchemaURI(id).withoutFragment
        } else {
            throw SchemaError(.missingIdentifier, at: "(unregistered document)",
                              "a document needs an absolute $id or a URI to be registered")
        }
        guard retrieval.isAbsolute else {
            throw SchemaError(.missingIdentifier, at: retrieval.description,
                              "'\(retrieval)' is not an absolute URI; register the document with one")
        }
        let key = retrieval.resourceKey
        let positions = try SchemaDocumentWalker.walk(document, at: SchemaPointer(), base: retrieval,
                                                      isDocumentRoot: true, documentURI: key)
        var declared = [key]
        declared += positions.compactMap(\.resourceURI)
        for uri in declared {
            if let existing = aliases[uri], let other = documents[existing], !SchemaJSONEquality.equal(other, document) {
                throw SchemaError(.duplicateIdentifier, at: uri,
                                  "'\(uri)' is already declared by the document registered as \(existing)")
            }
        }
        documents[key] = document
        for uri in declared where aliases[uri] == nil || aliases[uri] == key {
            aliases[uri] = key
        }
    }

    /// Compiles the registered schema at `uri` (which may carry a fragment: a pointer or an anchor).
    public func schema(_ uri: String, options: SchemaOptions = SchemaOptions()) throws(SchemaError) -> JSONSchema {
        try JSONSchema(reference: uri, registry: self, options: options)
    }

    /// The document registered for a resource key, if any.
    func document(forResource key: String) -> (key: String, json: JSON)? {
        guard let documentKey = aliases[key], let json = documents[documentKey] else { return nil }
        return (documentKey, json)
    }
}
