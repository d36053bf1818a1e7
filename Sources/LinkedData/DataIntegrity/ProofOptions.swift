/// The options of a proof to create (VC Data Integrity 1.0 §2.1): everything the proof says about itself
/// except its `proofValue`. They become the proof's members, in the order the W3C vectors print them.
public struct ProofOptions: Sendable, Equatable {
    public var suite: Cryptosuite
    /// The verification method (a DID URL or https URL) whose key signs.
    public var verificationMethod: String
    /// Why the proof was made; credentials are asserted with `assertionMethod`.
    public var proofPurpose: String
    /// When the proof was made, an XML Schema dateTime (Laurel writes whole seconds in UTC).
    public var created: String?
    /// When the proof stops being valid.
    public var expires: String?
    /// An identifier for the proof, needed when a later proof chains to it.
    public var id: String?
    /// The ids of earlier proofs this proof endorses (a proof chain); a single id is written as a string.
    public var previousProof: [String]
    /// A challenge the verifier issued, against replay.
    public var challenge: String?
    /// The security domains the proof is locked to; a single domain is written as a string.
    public var domain: [String]
    /// Random data against replay, when the proof has no challenge.
    public var nonce: String?

    public init(
        suite: Cryptosuite, verificationMethod: String, proofPurpose: String = "assertionMethod", created: String? = nil,
        expires: String? = nil, id: String? = nil, previousProof: [String] = [], challenge: String? = nil,
        domain: [String] = [], nonce: String? = nil
    ) {
        self.suite = suite
        self.verificationMethod = verificationMethod
        self.proofPurpose = proofPurpose
        self.created = created
        self.expires = expires
        self.id = id
        self.previousProof = previousProof
        self.challenge = challenge
        self.domain = domain
        self.nonce = nonce
    }

    /// The proof members (without `proofValue` or `@context`).
    public var json: JSONObject {
        var proof = JSONObject()
        proof.appendNew("type", .string(suite.proofType))
        if let id { proof.appendNew("id", .string(id)) }
        if let name = suite.cryptosuiteName { proof.appendNew("cryptosuite", .string(name)) }
        if let created { proof.appendNew("created", .string(created)) }
        if let expires { proof.appendNew("expires", .string(expires)) }
        proof.appendNew("verificationMethod", .string(verificationMethod))
        proof.appendNew("proofPurpose", .string(proofPurpose))
        if !previousProof.isEmpty { proof.appendNew("previousProof", Self.oneOrMany(previousProof)) }
        if let challenge { proof.appendNew("challenge", .string(challenge)) }
        if !domain.isEmpty { proof.appendNew("domain", Self.oneOrMany(domain)) }
        if let nonce { proof.appendNew("nonce", .string(nonce)) }
        return proof
    }

    static func oneOrMany(_ values: [String]) -> JSON {
        values.count == 1 ? .string(values[0]) : .array(values.map(JSON.string))
    }
}
