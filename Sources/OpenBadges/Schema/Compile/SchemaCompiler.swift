/// Compiles schema documents into a `CompiledSchemaSet`.
///
/// Every reachable subschema is compiled once, and every `$ref` is resolved while compiling, so
/// validation never loads anything. Documents come from the registry, the bundled meta-schemas or
/// the resolver hook, in that order.
final class SchemaCompiler {
    static let maxDocuments = 512
    static let maxNodes = 500_000
    /// The base URI of a schema given without `$id` or URI.
    static let anonymousBase = "urn:laurel:anonymous-schema"

    struct Location: Hashable {
        let document: Int
        let pointer: SchemaPointer
    }

    struct PositionInfo {
        let base: SchemaURI
        let resource: Int
        let vocabularies: SchemaVocabularies
    }

    struct Document {
        let json: JSON
        let uri: String
        var positions: [SchemaPointer: PositionInfo] = [:]
    }

    private(set) var documents: [Document] = []
    private var documentByKey: [String: Int] = [:]
    private var resourceLocations: [String: Location] = [:]
    private var anchors: [String: Location] = [:]
    private var resources: [SchemaResource] = []
    private var resourceRoots: [Location] = []
    private var nodeIndex: [Location: Int] = [:]
    private var nodes: [SchemaNode] = []
    private var pending: [(Int, Location)] = []
    private var metaSchemaCache: [String: SchemaVocabularies] = [:]
    private var resolvedJSON: [String: JSON] = [:]

    let registry: SchemaRegistry
    let options: SchemaOptions

    init(registry: SchemaRegistry, options: SchemaOptions) {
        self.registry = registry
        self.options = options
    }

    /// The compiled set once everything reachable from the roots handed out by `node(at:)` is compiled.
    func finish() throws(SchemaError) -> CompiledSchemaSet {
        repeat {
            while let (index, location) = pending.popLast() {
                nodes[index] = try compileNode(at: location)
            }
            // A `$recursiveRef` may jump to the root of any resource with `$recursiveAnchor: true`
            // that evaluation entered, even one entered through a pointer below its root.
            for resource in resources.indices where resources[resource].rootNode < 0 {
                let root = resourceRoots[resource]
                if resources[resource].recursiveAnchor || nodeIndex[root] != nil {
                    resources[resource].rootNode = try node(at: root)
                }
            }
        } while !pending.isEmpty
        return CompiledSchemaSet(nodes: nodes, resources: resources)
    }

    // MARK: Documents

    /// Adds a document known by `uri` and indexes its subschemas.
    @discardableResult
    func addDocument(_ json: JSON, uri: String) throws(SchemaError) -> Int {
        let retrieval = SchemaURI(uri).withoutFragment
        let key = retrieval.resourceKey
        if let existing = documentByKey[key] { return existing }
        guard documents.count < Self.maxDocuments else {
            throw SchemaError(.limitExceeded, at: key, "more than \(Self.maxDocuments) schema documents")
        }
        let index = documents.count
        documents.append(Document(json: json, uri: key))
        documentByKey[key] = index
        try indexSubschemas(document: index, value: json, at: SchemaPointer(), base: retrieval, isRoot: true,
                  parentResource: nil, parentVocabularies: nil)
        if resourceLocations[key] == nil {
            resourceLocations[key] = Location(document: index, pointer: SchemaPointer())
        }
        return index
    }

    /// Registers the positions, resources and anchors of the subschema `value` at `pointer`.
    private func indexSubschemas(document: Int, value: JSON, at pointer: SchemaPointer, base: SchemaURI, isRoot: Bool,
                       parentResource: Int?, parentVocabularies: SchemaVocabularies?) throws(SchemaError) {
        let positions = try SchemaDocumentWalker.walk(value, at: pointer, base: base, isDocumentRoot: isRoot,
                                                      documentURI: documents[document].uri)
        var infos: [PositionInfo] = []
        infos.reserveCapacity(positions.count)
        for position in positions {
            let parentInfo = position.parent.map { infos[$0] }
            var resource = parentInfo?.resource ?? parentResource ?? -1
            var vocabularies = parentInfo?.vocabularies ?? parentVocabularies ?? .all
            let location = Location(document: document, pointer: position.pointer)
            if let metaSchema = position.metaSchema {
                vocabularies = try self.vocabularies(forMetaSchema: metaSchema, at: describe(location))
            }
            if let uri = position.resourceURI ?? (resource < 0 ? position.base.resourceKey : nil) {
                if let existing = resourceLocations[uri], existing != location {
                    throw SchemaError(.duplicateIdentifier, at: describe(location),
                                      "'\(uri)' identifies two different schemas")
                }
                resourceLocations[uri] = location
                resource = resources.count
                resources.append(SchemaResource(uri: uri, recursiveAnchor: position.recursiveAnchor, rootNode: -1))
                resourceRoots.append(location)
            }
            if let anchor = position.anchor {
                let key = position.base.resourceKey + "#" + anchor
                if let existing = anchors[key], existing != location {
                    throw SchemaError(.duplicateIdentifier, at: describe(location), "anchor '\(key)' is declared twice")
                }
                anchors[key] = location
            }
            let info = PositionInfo(base: position.base, resource: resource, vocabularies: vocabularies)
            infos.append(info)
            if documents[document].positions[position.pointer] == nil {
                documents[document].positions[position.pointer] = info
            }
        }
    }

    /// Finds a document for an absolute URI without fragment: already loaded, registered, bundled,
    /// or from the resolver.
    private func loadResource(_ key: String, from origin: String) throws(SchemaError) -> Location {
        if let location = resourceLocations[key] { return location }
        if let (documentKey, json) = registry.document(forResource: key) {
            try addDocument(json, uri: documentKey)
        } else if let json = SchemaMetaSchemas.document(for: key) {
            try addDocument(json, uri: key)
        } else {
            let json = try fetch(key, from: origin)
            try addDocument(json, uri: key)
        }
        guard let location = resourceLocations[key] else {
            throw SchemaError(.unresolvedReference, at: origin, "no schema resource is identified by '\(key)'")
        }
        return location
    }

    private func fetch(_ key: String, from origin: String) throws(SchemaError) -> JSON {
        if let cached = resolvedJSON[key] { return cached }
        let result: JSON?
        do {
            result = try registry.resolver.resolve(key)
        } catch {
            throw SchemaError(.resolverFailed, at: origin, "cannot load '\(key)': \(error)")
        }
        guard let result else {
            throw SchemaError(.unresolvedReference, at: origin, "no schema document was found for '\(key)'")
        }
        resolvedJSON[key] = result
        return result
    }

    /// The vocabularies a meta-schema declares; draft 2019-09 itself has them all.
    private func vocabularies(forMetaSchema uri: String, at origin: String) throws(SchemaError) -> SchemaVocabularies {
        let reference = SchemaURI(uri)
        guard reference.isAbsolute, (reference.fragment ?? "").isEmpty else {
            throw SchemaError(.invalidKeyword, at: origin + "/$schema", "$schema '\(uri)' is not an absolute URI")
        }
        let key = reference.resourceKey
        if key == SchemaVocabularies.metaSchemaURI { return .all }
        if SchemaVocabularies.isOtherDraft(key) {
            throw SchemaError(.unsupportedDialect, at: origin + "/$schema",
                              "$schema '\(uri)' names a JSON Schema draft other than 2019-09, which is not supported")
        }
        if let cached = metaSchemaCache[key] { return cached }
        let json: JSON
        if let (_, registered) = registry.document(forResource: key) {
            json = registered
        } else if let bundled = SchemaMetaSchemas.document(for: key) {
            json = bundled
        } else {
            json = try fetch(key, from: origin + "/$schema")
        }
        var result = SchemaVocabularies.all
        if let declared = json["$vocabulary"] {
            guard case .object(let map) = declared else {
                throw SchemaError(.invalidKeyword, at: key + "#/$vocabulary", "$vocabulary must be an object")
            }
            result = [.core]
            for member in map {
                guard case .bool(let required) = member.value else {
                    throw SchemaError(.invalidKeyword, at: key + "#/$vocabulary",
                                      "$vocabulary values must be booleans")
                }
                if let vocabulary = SchemaVocabularies.named(member.key) {
                    result.insert(vocabulary)
                } else if required {
                    throw SchemaError(.unsupportedDialect, at: key + "#/$vocabulary",
                                      "the meta-schema requires the unknown vocabulary '\(member.key)'")
                }
            }
        }
        metaSchemaCache[key] = result
        return result
    }

    // MARK: Nodes

    /// The node index for the subschema at `location`, compiling it later if new.
    func node(at location: Location) throws(SchemaError) -> Int {
        if let index = nodeIndex[location] { return index }
        guard nodes.count < Self.maxNodes else {
            throw SchemaError(.limitExceeded, at: describe(location), "more than \(Self.maxNodes) subschemas")
        }
        let index = nodes.count
        nodes.append(SchemaNode(body: .always(true), resource: 0, location: ""))
        nodeIndex[location] = index
        pending.append((index, location))
        return index
    }

    /// The node for a URI reference (with optional fragment) resolved against `base`.
    func node(forReference reference: String, base: SchemaURI, origin: String) throws(SchemaError) -> Int {
        try node(at: resolve(reference, base: base, origin: origin))
    }

    func resolve(_ reference: String, base: SchemaURI, origin: String) throws(SchemaError) -> Location {
        let target = SchemaURI(reference).resolved(against: base)
        guard target.isAbsolute else {
            throw SchemaError(.unresolvedReference, at: origin, "'\(reference)' does not resolve to an absolute URI")
        }
        let key = target.resourceKey
        let root = try loadResource(key, from: origin)
        guard let rawFragment = target.fragment, !rawFragment.isEmpty else { return root }
        guard let fragment = SchemaPercentDecoding.decode(rawFragment) else {
            throw SchemaError(.unresolvedReference, at: origin, "'\(reference)' has a malformed percent-encoding")
        }
        if fragment.hasPrefix("/") {
            guard let pointer = SchemaPointer(fragment) else {
                throw SchemaError(.unresolvedReference, at: origin, "'\(reference)' has an invalid JSON pointer")
            }
            let location = Location(document: root.document, pointer: root.pointer.appending(pointer))
            guard location.pointer.evaluate(in: documents[root.document].json) != nil else {
                throw SchemaError(.unresolvedReference, at: origin, "'\(reference)' points to nothing in \(key)")
            }
            return location
        }
        guard let location = anchors[key + "#" + fragment] else {
            throw SchemaError(.unresolvedReference, at: origin, "'\(reference)': no $anchor '\(fragment)' in \(key)")
        }
        return location
    }

    /// The absolute URI of a location: its resource's URI and the pointer inside that resource.
    func describe(_ location: Location) -> String {
        if let info = documents[location.document].positions[location.pointer], info.resource >= 0 {
            let root = resourceRoots[info.resource]
            if root.document == location.document, location.pointer.hasPrefix(root.pointer) {
                let inside = SchemaPointer(tokens: Array(location.pointer.tokens.dropFirst(root.pointer.tokens.count)))
                return resources[info.resource].uri + "#" + inside.description
            }
        }
        return documents[location.document].uri + "#" + location.pointer.description
    }

    /// Position info for `location`, indexing it first when a reference lands outside the subschema
    /// positions found so far (inside an unknown keyword, say).
    func positionInfo(_ location: Location) throws(SchemaError) -> PositionInfo {
        if let info = documents[location.document].positions[location.pointer] { return info }
        var ancestor = location.pointer.tokens
        var inherited: PositionInfo?
        while !ancestor.isEmpty {
            ancestor.removeLast()
            if let info = documents[location.document].positions[SchemaPointer(tokens: ancestor)] {
                inherited = info
                break
            }
        }
        guard let inherited, let value = location.pointer.evaluate(in: documents[location.document].json) else {
            throw SchemaError(.unresolvedReference, at: describe(location), "no schema at this location")
        }
        try indexSubschemas(document: location.document, value: value, at: location.pointer, base: inherited.base,
                  isRoot: false, parentResource: inherited.resource, parentVocabularies: inherited.vocabularies)
        guard let info = documents[location.document].positions[location.pointer] else {
            throw SchemaError(.invalidKeyword, at: describe(location), "a schema must be an object or a boolean")
        }
        return info
    }

    private func compileNode(at location: Location) throws(SchemaError) -> SchemaNode {
        let info = try positionInfo(location)
        let here = describe(location)
        guard let value = location.pointer.evaluate(in: documents[location.document].json) else {
            throw SchemaError(.unresolvedReference, at: here, "no schema at this location")
        }
        switch value {
        case .bool(let flag):
            return SchemaNode(body: .always(flag), resource: info.resource, location: here)
        case .object(let object):
            let context = SchemaKeywordContext(compiler: self, location: location, info: info, object: object,
                                               here: here)
            return SchemaNode(body: .keywords(try context.compileKeywords()), resource: info.resource, location: here)
        default:
            throw SchemaError(.invalidKeyword, at: here, "a schema must be an object or a boolean, found \(value.kindName)")
        }
    }
}
