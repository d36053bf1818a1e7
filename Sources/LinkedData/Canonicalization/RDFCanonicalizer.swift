/// RDF Dataset Canonicalization, RDFC-1.0 (W3C Recommendation, 2024; formerly URDNA2015).
///
/// Given a dataset, it issues deterministic blank node labels (`c14n0`, `c14n1`, ...) and returns the
/// canonical N-Quads: every quad in canonical form, sorted by code point, each ending in "\n". Two
/// datasets give the same bytes exactly when they are isomorphic, which is what eddsa-rdfc-2022 and
/// ecdsa-rdfc-2019 sign.
///
/// The input is a set: duplicate quads count once. Hash N-Degree Quads is exponential on some graphs
/// (a clique of identical blank nodes, the "poison graph"), so its work is bounded by `limits`; crossing a
/// bound raises `RDFCanonicalizationError` with code `.limitExceeded` naming it. When every blank node has
/// a unique first-degree hash, which is the shape of typical credentials, no N-degree work happens at all.
///
/// ```swift
/// let result = try RDFCanonicalizer().canonicalize(quads)
/// let digest = SHA256.hash(result.nquads)
/// ```
public struct RDFCanonicalizer: Sendable {
    public var hashAlgorithm: HashAlgorithm
    public var limits: Limits

    public init(hashAlgorithm: HashAlgorithm = .sha256, limits: Limits = .default) {
        self.hashAlgorithm = hashAlgorithm
        self.limits = limits
    }

    /// Canonicalizes `dataset`. Throws `.invalidQuad` for a quad RDF does not allow (a literal subject, a
    /// non-IRI predicate) or a term that canonical N-Quads cannot represent, and `.limitExceeded` when the
    /// N-degree work would cross a bound of `limits`.
    public func canonicalize(_ dataset: [RDFQuad]) throws(RDFCanonicalizationError) -> CanonicalizedDataset {
        var quads = dataset
        // Duplicates are rare, so they are looked for where it costs nothing: injective canonical labels make
        // equal quads produce equal canonical lines, adjacent after sorting. When there are any, the
        // algorithm runs again on the set, since duplicate mentions would change the hashes.
        for _ in 0..<2 {
            let encoded = try EncodedDataset(quads)
            var run = CanonicalizationRun(encoded, algorithm: hashAlgorithm.digest, limits: limits)
            try run.issueCanonicalIdentifiers()
            switch run.serializeCanonicalForm() {
            case .canonical(let nquads, let lineOrder):
                return CanonicalizedDataset(
                    nquads: nquads, sourceQuads: quads, lineOrder: lineOrder,
                    inputLabelsInIssueOrder: run.canonicalIssueOrder.map { encoded.blankNodeLabels[$0] },
                    work: run.work)
            case .duplicates(let unique):
                quads = unique.map { quads[$0] }
            }
        }
        // A set has no duplicates, so the second run always returns above.
        throw RDFCanonicalizationError(.invalidQuad, "duplicate quads remained after removing duplicates")
    }

    /// Canonicalizes `dataset` with the given options.
    public static func canonicalize(
        _ dataset: [RDFQuad], hashAlgorithm: HashAlgorithm = .sha256, limits: Limits = .default
    ) throws(RDFCanonicalizationError) -> CanonicalizedDataset {
        try RDFCanonicalizer(hashAlgorithm: hashAlgorithm, limits: limits).canonicalize(dataset)
    }
}
