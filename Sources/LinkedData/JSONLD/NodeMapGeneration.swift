/// A value in a node map: a reference to a node, a value object, or a list.
enum NodeMapValue {
    case reference(String)
    case value(ExpandedValue)
    case list([NodeMapValue])

    /// Node map equivalence for de-duplication (lists are never merged).
    func isEquivalent(to other: NodeMapValue) -> Bool {
        switch (self, other) {
        case (.reference(let a), .reference(let b)): return a.bytesEqual(b)
        case (.value(let a), .value(let b)):
            return JSONEquivalence.equal(a.value, b.value) && sameOptional(a.type, b.type)
                && sameOptional(a.language, b.language) && sameOptional(a.direction, b.direction)
                && sameOptional(a.index, b.index)
        default: return false
        }
    }
}

@inline(__always)
private func sameOptional(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case (let x?, let y?): x.bytesEqual(y)
    default: false
    }
}

/// A node of a node map: all statements about one subject in one graph.
struct NodeMapNode {
    let id: String
    var types: [String] = []
    var properties = OrderedByteMap<[NodeMapValue]>()
    var index: String?
}

/// The node map (JSON-LD 1.1 API §7.2): graph name → subject → node. `@default` is the default graph.
struct NodeMap {
    var graphs = OrderedByteMap<OrderedByteMap<NodeMapNode>>()

    init() { graphs.append("@default", OrderedByteMap()) }
}

/// The Node Map Generation algorithm (JSON-LD 1.1 API §7.2) over the typed expanded form.
///
/// The specification walks every value with the subject and property passed down and looks both up for
/// each value; here a node object is entered once, its node and each property looked up once, and each
/// value converted to what the node map stores (a reference, a value or a list) and added there.
struct NodeMapGenerator {
    var map = NodeMap()
    let issuer: BlankNodeIssuer

    init(issuer: BlankNodeIssuer) { self.issuer = issuer }

    @inline(__always)
    private func relabel(_ id: String) -> String {
        WellFormedness.isBlankNode(id) ? issuer.issue(id) : id
    }

    private mutating func graphPosition(_ name: String) -> Int {
        map.graphs.positionInserting(name) { OrderedByteMap() }
    }

    private mutating func nodePosition(graph: Int, id: String) -> Int {
        map.graphs.values[graph].positionInserting(id) { NodeMapNode(id: id) }
    }

    /// Adds `value` to the values at (`graph`, `node`, `property`) unless an equivalent one is there
    /// (lists are always added).
    private mutating func insert(_ value: NodeMapValue, graph: Int, node: Int, property: Int) {
        if case .list = value {} else {
            for existing in map.graphs.values[graph].values[node].properties.values[property] where existing.isEquivalent(to: value) {
                return
            }
        }
        map.graphs.values[graph].values[node].properties.values[property].append(value)
    }

    /// A top-level item of the expanded document (only node objects say anything there).
    mutating func addTopLevel(_ item: ExpandedItem) throws(JSONLDError) {
        if case .node(let node) = item { _ = try addNode(node, graph: 0) }
    }

    /// Enters a node object in `graph` and returns its (relabelled or issued) identifier.
    private mutating func addNode(_ node: ExpandedNode, graph g: Int) throws(JSONLDError) -> String {
        // A null @id becomes the empty string: never a well-formed subject or object, so no triple
        // mentions the node, while nodes nested in it are still processed.
        let id = node.idIsNull ? "" : (node.id.map(relabel) ?? issuer.issue())
        let n = nodePosition(graph: g, id: id)
        for type in node.types {
            let label = relabel(type)
            if !map.graphs.values[g].values[n].types.contains(where: { $0.bytesEqual(label) }) {
                map.graphs.values[g].values[n].types.append(label)
            }
        }
        if let index = node.index {
            if let existing = map.graphs.values[g].values[n].index, !existing.bytesEqual(index) {
                throw JSONLDError(.conflictingIndexes, "the node \(id) has the two indexes \"\(existing)\" and \"\(index)\"")
            }
            map.graphs.values[g].values[n].index = index
        }
        if let reverse = node.reverse {
            for (i, property) in reverse.keys.enumerated() {
                for value in reverse.values[i] {
                    guard case .node(let referencing) = value else { continue }
                    let other = try addNode(referencing, graph: g)
                    let o = nodePosition(graph: g, id: other)
                    let p = map.graphs.values[g].values[o].properties.positionInserting(property) { [] }
                    insert(.reference(id), graph: g, node: o, property: p)
                }
            }
        }
        if let graph = node.graph {
            let inner = graphPosition(id)
            for item in graph { if case .node(let member) = item { _ = try addNode(member, graph: inner) } }
        }
        if let included = node.included {
            for item in included { if case .node(let member) = item { _ = try addNode(member, graph: g) } }
        }
        for (i, key) in node.properties.keys.enumerated() {
            let property = relabel(key)
            let p = map.graphs.values[g].values[n].properties.positionInserting(property) { [] }
            for item in node.properties.values[i] {
                let value = try convert(item, graph: g)
                insert(value, graph: g, node: n, property: p)
            }
        }
        return id
    }

    /// What the node map stores for a property value; node objects are entered on the way.
    private mutating func convert(_ item: ExpandedItem, graph g: Int) throws(JSONLDError) -> NodeMapValue {
        switch item {
        case .value(var value):
            if let type = value.type, WellFormedness.isBlankNode(type) { value.type = issuer.issue(type) }
            return .value(value)
        case .list(let list):
            var items: [NodeMapValue] = []
            items.reserveCapacity(list.items.count)
            for element in list.items { items.append(try convert(element, graph: g)) }
            return .list(items)
        case .node(let node):
            return .reference(try addNode(node, graph: g))
        }
    }
}
