/// A reason a proof does not verify, other than an error in processing it.
public enum ProofProblem: Sendable, Equatable, CustomStringConvertible {
    /// The signature does not match the hash data under the key: the document or proof was changed, or
    /// another key signed.
    case signatureMismatch
    /// `proofValue` is not a multibase base58btc signature.
    case proofValueUnreadable(String)
    /// A JCS proof's `@context` is not a prefix of the document's (EdDSA/ECDSA Cryptosuites, Verify Proof
    /// (jcs) step 4).
    case contextMismatch
    /// The proof was made for another purpose than the verifier expects.
    case purposeMismatch(expected: String, found: String)
    /// The proof's `domain` is not the one the verifier expects.
    case domainMismatch(expected: [String], found: [String])
    /// The proof's `challenge` is not the one the verifier issued.
    case challengeMismatch(expected: String, found: String?)

    public var description: String {
        switch self {
        case .signatureMismatch:
            "the signature does not match: the credential or its proof was changed after signing, or another key signed it"
        case .proofValueUnreadable(let reason): "the proofValue is not a signature: \(reason)"
        case .contextMismatch: "the proof's @context is not the beginning of the document's @context"
        case .purposeMismatch(let expected, let found): "the proof is for \(found), not \(expected)"
        case .domainMismatch(let expected, let found):
            "the proof is for the domain \(found.joined(separator: ", ")), not \(expected.joined(separator: ", "))"
        case .challengeMismatch(let expected, let found):
            found.map { "the proof answers the challenge \($0), not \(expected)" } ?? "the proof answers no challenge; expected \(expected)"
        }
    }
}
