/// A value in a node map: a reference to a node, a value object, or a list.
indirect enum NodeMapValue {
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

/// The Node Map Generation algorithm over the typed expanded form.
struct NodeMapGenerator {
    enum Subject {
        case none
        case node(String)
        /// A reverse property is being processed; the string is the node the property points back to.
        case reverse(String)
    }

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

    /// Adds `value` to `property` of the node at `node`, unless an equivalent value is there already
    /// (lists are always added).
    private mutating func addValue(graph: Int, node: Int, property: String, _ value: NodeMapValue) {
        let position = map.graphs.values[graph].values[node].properties.positionInserting(property) { [] }
        if case .list = value {} else {
            for existing in map.graphs.values[graph].values[node].properties.values[position] where existing.isEquivalent(to: value) {
                return
            }
        }
        map.graphs.values[graph].values[node].properties.values[position].append(value)
    }

    mutating func add(_ item: ExpandedItem, graph graphName: String, subject: Subject, property: String?,
                      list: inout [NodeMapValue]?) throws(JSONLDError)
    {
        switch item {
        case .value(var value):
            if let type = value.type, WellFormedness.isBlankNode(type) { value.type = issuer.issue(type) }
            if list != nil {
                list?.append(.value(value))
            } else if case .node(let subjectID) = subject, let property {
                let g = graphPosition(graphName)
                let n = nodePosition(graph: g, id: subjectID)
                addValue(graph: g, node: n, property: property, .value(value))
            }

        case .list(let expandedList):
            var items: [NodeMapValue]? = []
            items?.reserveCapacity(expandedList.items.count)
            for element in expandedList.items {
                try add(element, graph: graphName, subject: subject, property: property, list: &items)
            }
            let result = NodeMapValue.list(items ?? [])
            if list != nil {
                list?.append(result)
            } else if case .node(let subjectID) = subject, let property {
                let g = graphPosition(graphName)
                let n = nodePosition(graph: g, id: subjectID)
                addValue(graph: g, node: n, property: property, result)
            }

        case .node(let node):
            // A null @id becomes the empty string: never a well-formed subject or object, so no triple
            // mentions the node, while nodes nested in it are still processed.
            let id = node.idIsNull ? "" : (node.id.map(relabel) ?? issuer.issue())
            let g = graphPosition(graphName)
            let n = nodePosition(graph: g, id: id)
            switch subject {
            case .reverse(let referenced):
                if let property { addValue(graph: g, node: n, property: property, .reference(referenced)) }
            case .node(let subjectID):
                if let property {
                    if list != nil {
                        list?.append(.reference(id))
                    } else {
                        let s = nodePosition(graph: g, id: subjectID)
                        addValue(graph: g, node: s, property: property, .reference(id))
                    }
                }
            case .none:
                if property != nil, list != nil { list?.append(.reference(id)) }
            }
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
                        var none: [NodeMapValue]? = nil
                        try add(value, graph: graphName, subject: .reverse(id), property: property, list: &none)
                    }
                }
            }
            if let graph = node.graph {
                _ = graphPosition(id)
                for value in graph {
                    var none: [NodeMapValue]? = nil
                    try add(value, graph: id, subject: .none, property: nil, list: &none)
                }
            }
            if let included = node.included {
                for value in included {
                    var none: [NodeMapValue]? = nil
                    try add(value, graph: graphName, subject: .none, property: nil, list: &none)
                }
            }
            for (i, key) in node.properties.keys.enumerated() {
                let property = relabel(key)
                let graphIndex = graphPosition(graphName)
                let nodeIndex = nodePosition(graph: graphIndex, id: id)
                _ = map.graphs.values[graphIndex].values[nodeIndex].properties.positionInserting(property) { [] }
                for value in node.properties.values[i] {
                    var none: [NodeMapValue]? = nil
                    try add(value, graph: graphName, subject: .node(id), property: property, list: &none)
                }
            }
        }
    }
}
