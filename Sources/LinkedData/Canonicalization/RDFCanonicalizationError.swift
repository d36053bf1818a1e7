/// Why a dataset could not be canonicalized.
public struct RDFCanonicalizationError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        /// A bound of `RDFCanonicalizer.Limits` was crossed; `bound` names it.
        case limitExceeded = "limit exceeded"
        /// A quad RDF does not allow, or a term canonical N-Quads cannot represent; `quadIndex` names it.
        case invalidQuad = "invalid quad"
    }

    public let code: Code
    /// What went wrong and where, for a person.
    public let message: String
    /// The bound that was crossed, for `.limitExceeded`.
    public let bound: RDFCanonicalizer.Limits.Bound?
    /// The index in the input of the offending quad, for `.invalidQuad`.
    public let quadIndex: Int?

    public init(_ code: Code, _ message: String, bound: RDFCanonicalizer.Limits.Bound? = nil, quadIndex: Int? = nil) {
        self.code = code
        self.message = message
        self.bound = bound
        self.quadIndex = quadIndex
    }

    static func limit(_ bound: RDFCanonicalizer.Limits.Bound, _ limits: RDFCanonicalizer.Limits) -> Self {
        RDFCanonicalizationError(
            .limitExceeded,
            "Hash N-Degree Quads needs more than \(bound.rawValue) = \(limits.value(of: bound)); the dataset "
                + "has blank nodes too alike to tell apart within the configured work (a poisoned dataset?)",
            bound: bound)
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
