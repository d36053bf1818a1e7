/// Deserialization to RDF straight from the expanded form, for documents where the node map would merge
/// nothing: no subject is described twice and nothing is reversed. The result is the dataset the node
/// map path gives (up to blank node labels); it saves building and tearing down the node map, which is
/// most of the work after expansion for a credential.
extension JSONLDRun {
    /// True when expansion saw no node identifier twice and no `@reverse` or null `@id` (recorded as it
    /// created node objects, so no second walk over the document is needed).
    var canEmitDirectly: Bool {
        if needsNodeMap { return false }
        if nodeIDs.count <= 16 {
            for i in nodeIDs.indices {
                for j in nodeIDs.indices where j > i && nodeIDs[i].bytesEqual(nodeIDs[j]) { return false }
            }
            return true
        }
        var seen = Set<ByteKey>(minimumCapacity: nodeIDs.count)
        for id in nodeIDs where !seen.insert(ByteKey(id)).inserted { return false }
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
        for (t, type) in node.types.enumerated() {
            // Relabelling is injective, so comparing the document's spellings finds repeated types.
            if node.types[..<t].contains(where: { $0.bytesEqual(type) }) { continue }
            guard let subject else { continue }
            let object: RDFTerm
            if t < 64, (node.wellFormedTypes >> UInt64(t)) & 1 == 1 {
                object = .iri(type)
            } else {
                guard let term = try resource(relabel(type, issuer), role: "type") else { continue }
                object = term
            }
            try emit(&output, RDFQuad(subject: subject, predicate: .iri(JSONLDVocabulary.rdfType), object: object, graph: graph))
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
            let predicate: RDFTerm?
            if subject == nil {
                predicate = nil
            } else if p < 64, (node.wellFormedProperties >> UInt64(p)) & 1 == 1 {
                predicate = .iri(key)
            } else {
                predicate = try predicateTerm(relabel(key, issuer))
            }
            let items = node.properties.values[p]
            var seen: [NodeMapValue] = []
            if items.count > 1 { seen.reserveCapacity(items.count) }
            for item in items {
                let value = try convert(item, graph: graph, suppressed: suppressed, issuer: issuer, into: &output)
                // The node map keeps one of equivalent values (lists are never merged); single values need
                // no bookkeeping.
                if items.count > 1 {
                    if case .list = value {} else {
                        if seen.contains(where: { $0.isEquivalent(to: value) }) { continue }
                        seen.append(value)
                    }
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
