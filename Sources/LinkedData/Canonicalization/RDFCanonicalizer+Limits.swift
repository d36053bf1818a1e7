extension RDFCanonicalizer {
    /// Bounds on the work of Hash N-Degree Quads (RDFC-1.0 §4.8), the only step that can grow faster than
    /// the input. A list of related blank nodes whose permutations would cross `maxPermutations` fails
    /// before the first one is tried, which is how the W3C suite's poison graph (a 10-node clique: 9!
    /// permutations) is refused in milliseconds; the other bounds stop slower blow-ups.
    ///
    /// The defaults are ten times what the heaviest legitimate case of the W3C suite needs (test044-046:
    /// 468 calls, 2,880 permutations, 2,808 related hashes; test054 recurses 7 deep). Credentials whose
    /// blank nodes all have distinct first-degree hashes need none of it. The deepest legitimate shape is a
    /// list of n identical items (recursion about n deep, about n² calls): the defaults allow 64. An
    /// application that canonicalizes unusual graphs can raise them.
    public struct Limits: Sendable, Equatable {
        /// Each bound, as the error names it.
        public enum Bound: String, Sendable, Equatable {
            case maxRecursionDepth, maxHashNDegreeCalls, maxPermutations, maxRelatedHashes
        }

        /// How deep Hash N-Degree Quads may recurse into itself (a call from the main algorithm is depth 1).
        public var maxRecursionDepth: Int
        /// How many times, in all, Hash N-Degree Quads may run.
        public var maxHashNDegreeCalls: Int
        /// How many permutations of related blank nodes may be examined, in all.
        public var maxPermutations: Int
        /// How many related-blank-node hashes (RDFC-1.0 §4.7) may be computed, in all; this bounds the work
        /// of a blank node mentioned by very many quads.
        public var maxRelatedHashes: Int

        public init(
            maxRecursionDepth: Int = 64, maxHashNDegreeCalls: Int = 5_000, maxPermutations: Int = 30_000,
            maxRelatedHashes: Int = 30_000
        ) {
            self.maxRecursionDepth = maxRecursionDepth
            self.maxHashNDegreeCalls = maxHashNDegreeCalls
            self.maxPermutations = maxPermutations
            self.maxRelatedHashes = maxRelatedHashes
        }

        public static let `default` = Limits()

        func value(of bound: Bound) -> Int {
            switch bound {
            case .maxRecursionDepth: maxRecursionDepth
            case .maxHashNDegreeCalls: maxHashNDegreeCalls
            case .maxPermutations: maxPermutations
            case .maxRelatedHashes: maxRelatedHashes
            }
        }
    }
}
