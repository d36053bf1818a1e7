import LaurelJSON

/// A node or value in an RDF dataset.
///
/// Equality and hashing use the exact UTF-8 bytes of IRIs, labels and lexical forms: two literals that
/// differ only in Unicode normalization are different RDF terms.
public enum RDFTerm: Sendable, Hashable {
    case iri(String)
    case blankNode(String)  // the label without the leading "_:"
    case literal(RDFLiteral)

    public static func == (lhs: RDFTerm, rhs: RDFTerm) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): a.isByteEqual(to: b)
        case (.blankNode(let a), .blankNode(let b)): a.isByteEqual(to: b)
        case (.literal(let a), .literal(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .iri(let s): hasher.combine(0 as UInt8); hasher.combineBytes(of: s)
        case .blankNode(let s): hasher.combine(1 as UInt8); hasher.combineBytes(of: s)
        case .literal(let l): hasher.combine(2 as UInt8); hasher.combine(l)
        }
    }

    public var isBlankNode: Bool { if case .blankNode = self { true } else { false } }
}

/// An RDF literal: a lexical form with a datatype IRI and, for `rdf:langString`, a language tag.
public struct RDFLiteral: Sendable, Hashable {
    public var lexicalForm: String
    public var datatype: String
    public var language: String?

    public init(_ lexicalForm: String, datatype: String = RDFVocabulary.xsdString, language: String? = nil) {
        self.lexicalForm = lexicalForm
        self.datatype = language == nil ? datatype : RDFVocabulary.langString
        self.language = language
    }

    public static func == (lhs: RDFLiteral, rhs: RDFLiteral) -> Bool {
        lhs.lexicalForm.isByteEqual(to: rhs.lexicalForm) && lhs.datatype.isByteEqual(to: rhs.datatype)
            && (lhs.language ?? "").isByteEqual(to: rhs.language ?? "") && (lhs.language == nil) == (rhs.language == nil)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combineBytes(of: lexicalForm)
        hasher.combineBytes(of: datatype)
        hasher.combineBytes(of: language ?? "")
    }
}

/// A triple in a named graph, or in the default graph when `graph` is nil.
public struct RDFQuad: Sendable, Hashable {
    public var subject: RDFTerm
    public var predicate: RDFTerm
    public var object: RDFTerm
    public var graph: RDFTerm?

    public init(subject: RDFTerm, predicate: RDFTerm, object: RDFTerm, graph: RDFTerm? = nil) {
        self.subject = subject
        self.predicate = predicate
        self.object = object
        self.graph = graph
    }
}

/// The IRIs RDF and JSON-LD processing refer to by name.
public enum RDFVocabulary {
    public static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let xsd = "http://www.w3.org/2001/XMLSchema#"
    public static let type = rdf + "type"
    public static let first = rdf + "first"
    public static let rest = rdf + "rest"
    public static let nil_ = rdf + "nil"
    public static let langString = rdf + "langString"
    public static let json = rdf + "JSON"
    public static let direction = rdf + "direction"
    public static let value = rdf + "value"
    public static let language = rdf + "language"
    public static let xsdString = xsd + "string"
    public static let xsdBoolean = xsd + "boolean"
    public static let xsdInteger = xsd + "integer"
    public static let xsdDouble = xsd + "double"
}
