/// The Hash N-Degree Quads work one canonicalization did, in the units of `RDFCanonicalizer.Limits`.
/// All zero when every blank node had a unique first-degree hash. An application can log it to see how
/// close its data comes to the limits.
public struct CanonicalizationWork: Sendable, Equatable {
    public let hashNDegreeCalls: Int
    public let permutations: Int
    public let relatedHashes: Int
    /// The deepest recursion of Hash N-Degree Quads (1 for a call from the main algorithm).
    public let deepestRecursion: Int

    public init(hashNDegreeCalls: Int, permutations: Int, relatedHashes: Int, deepestRecursion: Int) {
        self.hashNDegreeCalls = hashNDegreeCalls
        self.permutations = permutations
        self.relatedHashes = relatedHashes
        self.deepestRecursion = deepestRecursion
    }
}
