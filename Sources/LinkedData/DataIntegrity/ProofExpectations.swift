/// What a verifier expects of a proof besides a valid signature (VC Data Integrity 1.0 §4.4, steps 4–6).
public struct ProofExpectations: Sendable, Equatable {
    /// The proof purpose the verifier asks for; credentials are checked with `assertionMethod`.
    public var proofPurpose: String?
    /// The security domains the proof must be locked to.
    public var domain: [String]?
    /// The challenge the verifier issued.
    public var challenge: String?

    public init(proofPurpose: String? = "assertionMethod", domain: [String]? = nil, challenge: String? = nil) {
        self.proofPurpose = proofPurpose
        self.domain = domain
        self.challenge = challenge
    }

    /// No expectations: only the signature is checked.
    public static let none = ProofExpectations(proofPurpose: nil)
}
