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
