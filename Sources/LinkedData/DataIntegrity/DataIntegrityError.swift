/// Why a Data Integrity proof could not be created or checked. A signature that simply does not match
/// is not an error: `ProofVerification.verified` is false then.
public struct DataIntegrityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What kind of failure, for code that reacts to it.
    public enum Code: String, Sendable, Equatable {
        /// The proof lacks a required member or has one of the wrong form (`type`, `verificationMethod`,
        /// `proofPurpose`, `proofValue`, `created`, `previousProof`, …).
        case malformedProof = "malformed proof"
        /// The document is not something a proof can secure (not an object, `proof` not an object or list).
        case malformedDocument = "malformed document"
        /// The proof's suite is not one Laurel implements, or cannot be created (legacy suites).
        case unsupportedSuite = "unsupported suite"
        /// A JSON-LD context the document names is not available (Laurel never fetches contexts).
        case unknownContext = "unknown context"
        /// JSON-LD processing refused the document: a term no context defines (safe mode), an invalid
        /// value, a processing limit.
        case invalidJSONLD = "invalid JSON-LD"
        /// RDF Dataset Canonicalization refused the dataset (a poisoned graph crossing the work limits).
        case canonicalizationLimit = "canonicalization limit"
        /// The key does not fit the suite (an RSA key for eddsa-rdfc-2022, a P-256 key for an EdDSA suite).
        case keyMismatch = "key mismatch"
        /// The proof's `previousProof` names a proof the document does not carry.
        case previousProofMissing = "previous proof missing"
        /// More proofs than `DataIntegrityProcessor.maxProofs`.
        case tooManyProofs = "too many proofs"
        /// The signature primitive failed (not a mismatch: OpenSSL could not sign).
        case signingFailed = "signing failed"
    }

    public let code: Code
    /// What went wrong and where, for a person.
    public let message: String
    /// A JSON Pointer into the document or proof configuration, when the problem has a place.
    public let location: String?

    public init(_ code: Code, _ message: String, location: String? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(code.rawValue): \(message) (at \(location.isEmpty ? "the document root" : location))" }
        return "\(code.rawValue): \(message)"
    }
}
