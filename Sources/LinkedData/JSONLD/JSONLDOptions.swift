/// How `@direction` survives conversion to RDF (JSON-LD 1.1 API `rdfDirection`).
public enum RDFDirectionMode: String, Sendable {
    /// The datatype `https://www.w3.org/ns/i18n#{language}_{direction}`.
    case i18nDatatype = "i18n-datatype"
    /// A blank node with `rdf:value`, `rdf:language` and `rdf:direction`.
    case compoundLiteral = "compound-literal"
}

/// Bounds on the work one call may do: input is hostile, and JSON-LD can recurse through contexts,
/// nested objects and lists.
public struct JSONLDLimits: Sendable, Equatable {
    /// Deepest nesting of objects and arrays expanded.
    public var maxDepth: Int
    /// Longest chain of remote contexts loading one another (`context overflow` beyond it).
    public var maxContextChain: Int
    /// Most context-processing steps (contexts processed plus term definitions created) in one call.
    public var maxContextWork: Int
    /// Most JSON values visited while expanding one document.
    public var maxExpansionWork: Int
    /// Most quads one `toRDF` call may produce.
    public var maxQuads: Int

    public init(maxDepth: Int = 96, maxContextChain: Int = 32, maxContextWork: Int = 200_000,
                maxExpansionWork: Int = 2_000_000, maxQuads: Int = 1_000_000)
    {
        self.maxDepth = maxDepth
        self.maxContextChain = maxContextChain
        self.maxContextWork = maxContextWork
        self.maxExpansionWork = maxExpansionWork
        self.maxQuads = maxQuads
    }

    public static let `default` = JSONLDLimits()
}

/// Options of a `JSONLDProcessor` (the parts of JSON-LD 1.1 API `JsonLdOptions` Laurel implements).
public struct JSONLDOptions: Sendable {
    /// Overrides the base IRI of the document (otherwise the document URL).
    public var base: String?
    public var processingMode: JSONLDProcessingMode
    /// A context applied before the document's own (`expandContext`); an object with an `@context`
    /// member stands for that member's value.
    public var expandContext: JSON?
    public var rdfDirection: RDFDirectionMode?
    /// Keep triples whose predicate is a blank node.
    public var produceGeneralizedRDF: Bool
    /// Fail instead of silently dropping anything: a property that does not expand to an absolute IRI,
    /// a relative `@type`, `@id` or datatype, a malformed language tag, a free-floating value, a reserved
    /// `@`-term, a blank node predicate, or a `@direction` that RDF would lose. Data Integrity proofs
    /// require it, because a lenient processor lets unsigned data ride along with signed data.
    public var safeMode: Bool
    public var limits: JSONLDLimits

    public init(base: String? = nil, processingMode: JSONLDProcessingMode = .jsonLD11, expandContext: JSON? = nil,
                rdfDirection: RDFDirectionMode? = nil, produceGeneralizedRDF: Bool = false, safeMode: Bool = false,
                limits: JSONLDLimits = .default)
    {
        self.base = base
        self.processingMode = processingMode
        self.expandContext = expandContext
        self.rdfDirection = rdfDirection
        self.produceGeneralizedRDF = produceGeneralizedRDF
        self.safeMode = safeMode
        self.limits = limits
    }
}
