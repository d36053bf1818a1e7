extension OB2 {
    /// A property that holds either the IRI of a document published elsewhere or the document itself:
    /// an assertion's `badge`, a badge class's `issuer`, an issuer's `publicKey`. OB 2.0 allows both for
    /// each; the form that was read is the form written back.
    public indirect enum Linked<Node: OpenBadgesModel>: OpenBadgesModel {
        case iri(String)
        case embedded(Node)

        /// The embedded document, when there is one.
        public var node: Node? { if case .embedded(let node) = self { node } else { nil } }

        public init(json: JSON, at pointer: JSONPointer, warnings: inout [DecodingWarning]) throws(BadgeDecodingError) {
            switch json {
            case .string(let iri): self = .iri(iri)
            case .object: self = .embedded(try Node(json: json, at: pointer, warnings: &warnings))
            default:
                throw BadgeDecodingError(.wrongKind(expected: "an IRI or an embedded object", found: json.kindName), at: pointer)
            }
        }

        public var json: JSON {
            switch self {
            case .iri(let iri): .string(iri)
            case .embedded(let node): node.json
            }
        }
    }
}

/// Documents that may have an `id`, so that a link to them can be followed or compared.
public protocol OB2Identified {
    /// The document's `id`, when it has one.
    var documentID: String? { get }
}

extension OB2.Linked where Node: OB2Identified {
    /// The IRI in either form (nil for an embedded document without an `id`).
    public var id: String? {
        switch self {
        case .iri(let iri): iri
        case .embedded(let node): node.documentID
        }
    }
}
