/// The Deserialize JSON-LD to RDF algorithm (JSON-LD 1.1 API §8.1) over a node map, with Object to RDF
/// Conversion (§8.2) and List to RDF Conversion (§8.3).
extension JSONLDRun {
    func quads(from nodeMap: NodeMap, issuer: BlankNodeIssuer) throws(JSONLDError) -> [RDFQuad] {
        var output: [RDFQuad] = []
        output.reserveCapacity(32)
        let typePredicate = RDFTerm.iri(JSONLDVocabulary.rdfType)
        for (g, graphName) in nodeMap.graphs.keys.enumerated() {
            let graphTerm: RDFTerm?
            if g == 0 {
                graphTerm = nil  // `@default` is always the first graph
            } else if let term = try resource(graphName, role: "graph name") {
                graphTerm = term
            } else {
                continue
            }
            let graph = nodeMap.graphs.values[g]
            for node in graph.values {
                guard let subject = try resource(node.id, role: "subject") else { continue }
                for type in node.types {
                    guard let object = try resource(type, role: "type") else { continue }
                    try emit(&output, RDFQuad(subject: subject, predicate: typePredicate, object: object, graph: graphTerm))
                }
                for (p, property) in node.properties.keys.enumerated() {
                    guard let predicate = try predicateTerm(property) else { continue }
                    for item in node.properties.values[p] {
                        var listQuads: [RDFQuad] = []
                        if let object = try objectTerm(item, graph: graphTerm, listQuads: &listQuads, issuer: issuer) {
                            try emit(&output, RDFQuad(subject: subject, predicate: predicate, object: object, graph: graphTerm))
                        }
                        for quad in listQuads { try emit(&output, quad) }
                    }
                }
            }
        }
        return output
    }

    /// A property as a predicate, or nil when RDF cannot carry it (dropped).
    func predicateTerm(_ property: String) throws(JSONLDError) -> RDFTerm? {
        if WellFormedness.isBlankNode(property) {
            guard options.produceGeneralizedRDF else {
                try unsafe("the blank node property \(property) cannot be a predicate in RDF and would be dropped")
                return nil
            }
            return .blankNode(Self.label(property))
        }
        if WellFormedness.isIRI(property) { return .iri(property) }
        try unsafe("the property <\(property)> is not a well-formed IRI and would be dropped")
        return nil
    }

    @inline(__always)
    func emit(_ output: inout [RDFQuad], _ quad: RDFQuad) throws(JSONLDError) {
        if output.count >= options.limits.maxQuads {
            throw JSONLDError(.limitExceeded, "the document produces more than \(options.limits.maxQuads) quads")
        }
        output.append(quad)
    }

    @inline(__always)
    static func label(_ blankNode: String) -> String { String(decoding: blankNode.utf8.dropFirst(2), as: UTF8.self) }

    /// An IRI or blank node identifier as an RDF term, or nil when it is not well-formed (dropped).
    func resource(_ id: String, role: String) throws(JSONLDError) -> RDFTerm? {
        if WellFormedness.isBlankNode(id) { return .blankNode(Self.label(id)) }
        if WellFormedness.isIRI(id) { return .iri(id) }
        try unsafe("the \(role) <\(id)> is not a well-formed absolute IRI and would be dropped")
        return nil
    }

    /// Object to RDF Conversion.
    func objectTerm(_ item: NodeMapValue, graph: RDFTerm?, listQuads: inout [RDFQuad],
                            issuer: BlankNodeIssuer) throws(JSONLDError) -> RDFTerm?
    {
        switch item {
        case .reference(let id):
            return try resource(id, role: "object")
        case .list(let items):
            return try listTerm(items, graph: graph, listQuads: &listQuads, issuer: issuer)
        case .value(let value):
            return try literal(value, graph: graph, listQuads: &listQuads, issuer: issuer)
        }
    }

    private func literal(_ item: ExpandedValue, graph: RDFTerm?, listQuads: inout [RDFQuad],
                         issuer: BlankNodeIssuer) throws(JSONLDError) -> RDFTerm?
    {
        var datatype = item.type
        let isJSON = item.isJSONLiteral
        if let type = datatype, !isJSON, !WellFormedness.isIRI(type) {
            try unsafe("the datatype <\(type)> is not a well-formed IRI and the value would be dropped")
            return nil
        }
        if let language = item.language, !WellFormedness.isLanguageTag(language) {
            try unsafe("the language tag \"\(language)\" is not well-formed and the value would be dropped")
            return nil
        }
        let lexical: String
        if isJSON {
            lexical = String(decoding: item.value.canonicalBytes, as: UTF8.self)
            datatype = JSONLDVocabulary.rdfJSON
        } else {
            switch item.value {
            case .bool(let flag):
                lexical = flag ? "true" : "false"
                if datatype == nil { datatype = JSONLDVocabulary.xsdBoolean }
            case .number(let number):
                let value = number.doubleValue
                let isDouble = value.rounded(.towardZero) != value || value.magnitude >= 1e21
                if isDouble || (datatype?.bytesEqual(JSONLDVocabulary.xsdDouble) ?? false) {
                    lexical = CanonicalNumber.double(value)
                    if datatype == nil { datatype = JSONLDVocabulary.xsdDouble }
                } else {
                    lexical = CanonicalNumber.integer(value)
                    if datatype == nil { datatype = JSONLDVocabulary.xsdInteger }
                }
            case .string(let string):
                lexical = string
                if datatype == nil { datatype = item.language == nil ? JSONLDVocabulary.xsdString : JSONLDVocabulary.rdfLangString }
            default:
                // Arrays, objects and null only reach here inside JSON literals.
                return nil
            }
        }
        if let direction = item.direction {
            switch options.rdfDirection {
            case nil:
                try unsafe("the base direction \"\(direction)\" of a value would be lost: RDF has no place for it unless rdfDirection is set")
            case .i18nDatatype?:
                let language = item.language?.lowercased() ?? ""
                return .literal(RDFLiteral(lexical, datatype: JSONLDVocabulary.i18n + language + "_" + direction))
            case .compoundLiteral?:
                let node = RDFTerm.blankNode(Self.label(issuer.issue()))
                listQuads.append(RDFQuad(subject: node, predicate: .iri(JSONLDVocabulary.rdfValue), object: .literal(RDFLiteral(lexical)), graph: graph))
                if let language = item.language {
                    listQuads.append(RDFQuad(subject: node, predicate: .iri(JSONLDVocabulary.rdfLanguage),
                                             object: .literal(RDFLiteral(language.lowercased())), graph: graph))
                }
                listQuads.append(RDFQuad(subject: node, predicate: .iri(JSONLDVocabulary.rdfDirection),
                                         object: .literal(RDFLiteral(direction)), graph: graph))
                return node
            }
        }
        return .literal(RDFLiteral(lexical, datatype: datatype ?? JSONLDVocabulary.xsdString, language: item.language))
    }

    /// List to RDF Conversion: an `rdf:first`/`rdf:rest` chain, or `rdf:nil` for an empty list.
    private func listTerm(_ items: [NodeMapValue], graph: RDFTerm?, listQuads: inout [RDFQuad],
                          issuer: BlankNodeIssuer) throws(JSONLDError) -> RDFTerm
    {
        guard !items.isEmpty else { return .iri(JSONLDVocabulary.rdfNil) }
        let nodes = items.map { _ in RDFTerm.blankNode(Self.label(issuer.issue())) }
        let first = RDFTerm.iri(JSONLDVocabulary.rdfFirst), rest = RDFTerm.iri(JSONLDVocabulary.rdfRest)
        for (i, item) in items.enumerated() {
            var embedded: [RDFQuad] = []
            if let object = try objectTerm(item, graph: graph, listQuads: &embedded, issuer: issuer) {
                listQuads.append(RDFQuad(subject: nodes[i], predicate: first, object: object, graph: graph))
            }
            let next = i + 1 < nodes.count ? nodes[i + 1] : .iri(JSONLDVocabulary.rdfNil)
            listQuads.append(RDFQuad(subject: nodes[i], predicate: rest, object: next, graph: graph))
            listQuads.append(contentsOf: embedded)
        }
        return nodes[0]
    }
}
