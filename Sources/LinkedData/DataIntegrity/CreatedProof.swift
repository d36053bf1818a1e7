/// A proof just made, with the forms it was computed from.
public struct CreatedProof: Sendable {
    /// The proof: its options, `@context` for JCS suites, and `proofValue`.
    public let proof: JSONObject
    /// The raw signature (64 bytes for Ed25519, r‖s for ECDSA).
    public let signature: [UInt8]
    public let intermediates: ProofIntermediates
}
