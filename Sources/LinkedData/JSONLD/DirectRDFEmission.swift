/// Deserialization to RDF straight from the expanded form, for documents where the node map would merge
/// nothing: no subject is described twice and nothing is reversed. The result is the dataset the node
/// map path gives (up to blank node labels); it saves building and tearing down the node map, which is
/// most of the work after expansion for a credential.
extension JSONLDRun {
    /// True when no node identifier occurs twice and there is no `@reverse` or null `@id` anywhere.
    static func canEmitDirectly(_ items: [ExpandedItem]) -> Bool {
        var seen: [String] = []
        var seenSet: Set<ByteKey>? = nil
        func note(_ id: String) -> Bool {
            if var set = seenSet {
                seenSet = nil
                let inserted = set.insert(ByteKey(id)).inserted
                seenSet = set
                return inserted
            }
            for other in seen where other.bytesEqual(id) { return false }
            seen.append(id)
            if seen.count > 16 { seenSet = Set(seen.map(ByteKey.init)) }
            return true
        }
        func walk(_ item: ExpandedItem) -> Bool {
            switch item {
            case .value:
                return true
            case .list(let list):
                for element in list.items where !walk(element) { return false }
                return true
            case .node(let node):
                if node.reverse != nil || node.idIsNull { return false }
                if let id = node.id, !note(id) { return false }
                for values in node.properties.values {
                    for value in values where !walk(value) { return false }
                }
                for value in node.graph ?? [] where !walk(value) { return false }
                for value in node.included ?? [] where !walk(value) { return false }
                return true
            }
        }
        for item in items where !walk(item) { return false }
        return true
    }

    /// Emits the quads of the top-level items.
    func emitDirectly(_ items: [ExpandedItem], issuer: BlankNodeIssuer) throws(JSONLDError) -> [RDFQuad] {
        var output: [RDFQuad] = []
        output.reserveCapacity(32)
        for item in items {
            if case .node(let node) = item { _ = try emitNode(node, graph: nil, suppressed: false, issuer: issuer, into: &output) }
        }
        return output
    }

    @inline(__always)
    private func relabel(_ id: String, _ issuer: BlankNodeIssuer) -> String {
        WellFormedness.isBlankNode(id) ? issuer.issue(id) : id
    }

    /// Emits a node's quads (and those of the nodes inside it) and returns its identifier. `suppressed`
    /// is set inside a graph whose name is not well-formed, whose triples are all dropped.
    private func emitNode(_ node: ExpandedNode, graph: RDFTerm?, suppressed: Bool, issuer: BlankNodeIssuer,
                          into output: inout [RDFQuad]) throws(JSONLDError) -> String
    {
        let id = node.id.map { relabel($0, issuer) } ?? issuer.issue()
        let subject = suppressed ? nil : try resource(id, role: "subject")
        var emittedTypes: [String] = []
        for type in node.types {
            let label = relabel(type, issuer)
            if emittedTypes.contains(where: { $0.bytesEqual(label) }) { continue }
            emittedTypes.append(label)
            guard let subject, let object = try resource(label, role: "type") else { continue }
            try emit(&output, RDFQuad(subject: subject, predicate: .iri(Vocabulary.rdfType), object: object, graph: graph))
        }
        if let members = node.graph {
            let graphTerm = suppressed ? nil : try resource(id, role: "graph name")
            for member in members {
                if case .node(let inner) = member {
                    _ = try emitNode(inner, graph: graphTerm, suppressed: graphTerm == nil, issuer: issuer, into: &output)
                }
            }
        }
        for member in node.included ?? [] {
            if case .node(let inner) = member {
                _ = try emitNode(inner, graph: graph, suppressed: suppressed, issuer: issuer, into: &output)
            }
        }
        for (p, key) in node.properties.keys.enumerated() {
            let property = relabel(key, issuer)
            let predicate = subject == nil ? nil : try predicateTerm(property)
            var seen: [NodeMapValue] = []
            for item in node.properties.values[p] {
                let value = try convert(item, graph: graph, suppressed: suppressed, issuer: issuer, into: &output)
                // The node map keeps one of equivalent values (lists are never merged).
                if case .list = value {} else {
                    if seen.contains(where: { $0.isEquivalent(to: value) }) { continue }
                    seen.append(value)
                }
                guard let subject, let predicate else { continue }
                var listQuads: [RDFQuad] = []
                if let object = try objectTerm(value, graph: graph, listQuads: &listQuads, issuer: issuer) {
                    try emit(&output, RDFQuad(subject: subject, predicate: predicate, object: object, graph: graph))
                }
                for quad in listQuads { try emit(&output, quad) }
            }
        }
        return id
    }

    /// A property value as the node map would store it; node objects are emitted on the way.
    private func convert(_ item: ExpandedItem, graph: RDFTerm?, suppressed: Bool, issuer: BlankNodeIssuer,
                         into output: inout [RDFQuad]) throws(JSONLDError) -> NodeMapValue
    {
        switch item {
        case .value(var value):
            if let type = value.type, WellFormedness.isBlankNode(type) { value.type = issuer.issue(type) }
            return .value(value)
        case .list(let list):
            var items: [NodeMapValue] = []
            items.reserveCapacity(list.items.count)
            for element in list.items {
                items.append(try convert(element, graph: graph, suppressed: suppressed, issuer: issuer, into: &output))
            }
            return .list(items)
        case .node(let node):
            return .reference(try emitNode(node, graph: graph, suppressed: suppressed, issuer: issuer, into: &output))
        }
    }
}
