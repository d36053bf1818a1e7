/// Laurel's JSON-LD 1.1 processor: expansion and deserialization to RDF (toRdf).
///
/// A processor is configured once with a document loader and options and is then used from any number
/// of threads. It keeps the contexts it processes (immutable, in a bounded, thread-safe cache), so a
/// credential whose `@context` is a list of known URLs costs no context processing once warm.
///
/// ```swift
/// let processor = JSONLDProcessor(loader: offlineLoader, options: JSONLDOptions(safeMode: true))
/// let quads = try processor.toRDF(credential)
/// ```
///
/// Errors are `JSONLDError`s carrying the JSON-LD error code, a message naming the term or value, and
/// the JSON Pointer of the place in the document (`location`).
public final class JSONLDProcessor: Sendable {
    public let options: JSONLDOptions
    public let loader: any DocumentLoader
    let cache: ContextCache
    /// Always build the node map, even where direct emission would give the same dataset (for tests
    /// that check both paths agree).
    let alwaysUseNodeMap: Bool

    public convenience init(loader: any DocumentLoader, options: JSONLDOptions = JSONLDOptions()) {
        self.init(loader: loader, options: options, alwaysUseNodeMap: false)
    }

    init(loader: any DocumentLoader, options: JSONLDOptions, alwaysUseNodeMap: Bool) {
        self.loader = loader
        self.options = options
        self.cache = ContextCache()
        self.alwaysUseNodeMap = alwaysUseNodeMap
    }

    /// Expands `document` (JSON-LD 1.1 API `expand()`): the result is always an array of node objects
    /// in expanded form. `documentURL` is where the document came from: its base IRI unless
    /// `options.base` is set, and the URL relative context references resolve against.
    public func expand(_ document: JSON, documentURL: String? = nil) throws(JSONLDError) -> JSON {
        let items = try located { () throws(JSONLDError) in
            try expandedItems(document, documentURL: documentURL, run: makeRun())
        }
        return .array(items.map(\.json))
    }

    /// Deserializes `document` to an RDF dataset (JSON-LD 1.1 API `toRdf()`). Blank nodes are labelled
    /// `b0`, `b1`, … in the order they are met; the quads come in node-map order, each graph's nodes and
    /// properties in the order the document gives them.
    public func toRDF(_ document: JSON, documentURL: String? = nil) throws(JSONLDError) -> [RDFQuad] {
        try located { () throws(JSONLDError) in
            let run = makeRun()
            let items = try expandedItems(document, documentURL: documentURL, run: run)
            let issuer = BlankNodeIssuer()
            if !alwaysUseNodeMap, run.canEmitDirectly { return try run.emitDirectly(items, issuer: issuer) }
            var generator = NodeMapGenerator(issuer: issuer)
            for item in items { try generator.addTopLevel(item) }
            return try run.quads(from: generator.map, issuer: issuer)
        }
    }

    private func makeRun() -> JSONLDRun { JSONLDRun(options: options, loader: loader, cache: cache) }

    /// The JSON-LD API's expand() steps 5–8 over the typed expanded form.
    private func expandedItems(_ document: JSON, documentURL: String?, run: JSONLDRun) throws(JSONLDError) -> [ExpandedItem] {
        let baseURL = documentURL ?? options.base
        var context = cache.root(base: options.base ?? documentURL, originalBase: baseURL)
        if let expandContext = options.expandContext {
            let local = expandContext.objectValue?["@context"] ?? expandContext
            let root = context
            context = try withPath("expandContext") { () throws(JSONLDError) in
                guard root.isCached else { return try run.processContext(root, local, baseURL: baseURL) }
                let key = ContextCache.DerivationKey(parent: root.serial, kind: .expandContext, term: 0, url: nil)
                if let hit = cache.derived(key) { return hit }
                return cache.store(key, try run.processContext(root, local, baseURL: baseURL).data)
            }
        }
        let expanded = try run.expandElement(context, nil, nil, document, baseURL: baseURL, depth: 0)
        switch expanded {
        case .none:
            return []
        case .one(let item):
            if case .node(let node) = item, let graph = node.graph, node.id == nil, node.index == nil, node.isGraphObject {
                return graph
            }
            return [item]
        case .many(let items):
            return items
        }
    }

    /// Turns the path an error collected while unwinding into its JSON Pointer `location`.
    private func located<T>(_ body: () throws(JSONLDError) -> T) throws(JSONLDError) -> T {
        do {
            return try body()
        } catch {
            var error = error
            if error.location == nil {
                error.location = error.reversedPath.reversed().map { "/" + Self.escapePointer($0) }.joined()
            }
            error.reversedPath = []
            throw error
        }
    }

    private static func escapePointer(_ component: String) -> String {
        var out = ""
        for scalar in component.unicodeScalars {
            switch scalar {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
