import BadgeCrypto

/// Every intermediate form of a proof's hashing, kept so that a person whose proof fails can see where
/// two implementations part: the canonical document, the proof configuration and its canonical form,
/// both hashes, and the bytes the signature covers.
public struct ProofIntermediates: Sendable {
    public let suite: Cryptosuite
    /// The hash both canonical forms are hashed with (SHA-384 for P-384 keys, SHA-256 otherwise).
    public let digest: DigestAlgorithm
    /// The document as it was transformed: without its proofs, or with the earlier proofs of a chain.
    public let unsecuredDocument: JSONObject
    /// The proof configuration: the proof's members without `proofValue`, with the document's `@context`
    /// (for RDFC suites; JCS suites keep the proof's own).
    public let proofConfiguration: JSONObject
    /// The canonical document: N-Quads (RDFC-1.0) or JSON (JCS), as UTF-8 bytes.
    public let canonicalDocument: [UInt8]
    /// The canonical proof configuration, in the same form.
    public let canonicalProofConfiguration: [UInt8]
    public let documentHash: [UInt8]
    public let proofConfigurationHash: [UInt8]
    /// The bytes the signature covers: the proof configuration hash followed by the document hash.
    public let hashData: [UInt8]

    init(suite: Cryptosuite, digest: DigestAlgorithm, unsecuredDocument: JSONObject, proofConfiguration: JSONObject,
         canonicalDocument: [UInt8], canonicalProofConfiguration: [UInt8]) {
        self.suite = suite
        self.digest = digest
        self.unsecuredDocument = unsecuredDocument
        self.proofConfiguration = proofConfiguration
        self.canonicalDocument = canonicalDocument
        self.canonicalProofConfiguration = canonicalProofConfiguration
        documentHash = digest.hash(canonicalDocument)
        proofConfigurationHash = digest.hash(canonicalProofConfiguration)
        hashData = proofConfigurationHash + documentHash
    }
}
