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

/// A proof just made, with the forms it was computed from.
public struct CreatedProof: Sendable {
    /// The proof: its options, `@context` for JCS suites, and `proofValue`.
    public let proof: JSONObject
    /// The raw signature (64 bytes for Ed25519, r‖s for ECDSA).
    public let signature: [UInt8]
    public let intermediates: ProofIntermediates
}

/// The result of checking one proof against a key.
public struct ProofVerification: Sendable {
    public let suite: Cryptosuite
    /// True when the signature is valid for the proof's hash data under the key.
    public let signatureValid: Bool
    /// Why the proof does not verify: a signature that does not match, a proofValue that is not a
    /// signature, a purpose, domain or challenge other than expected. Empty when it verifies.
    public let problems: [ProofProblem]
    /// The hashing's intermediate forms; nil when the check stopped before hashing (a JCS proof whose
    /// @context does not match the document's).
    public let intermediates: ProofIntermediates?

    /// The proof verifies: a valid signature, and every expectation met.
    public var verified: Bool { signatureValid && problems.isEmpty }
}
