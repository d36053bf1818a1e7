import LaurelJSON

/// What the verifier concluded about one proof of a credential, before the proofs are weighed together.
struct ProofFinding {
    enum Verdict: Equatable {
        /// A valid assertion proof made with a key of the issuer: the credential is the issuer's.
        case proves
        /// The proof is broken: a signature that does not match, a malformed or expired proof, a
        /// document that cannot be canonicalized, an unusable key. The credential is invalid.
        case failed
        /// The proof could not be checked (an unknown suite, a key that cannot be found offline, a
        /// context Laurel lacks).
        case undecided
        /// A valid signature, but by a key the issuer does not control.
        case thirdParty
        /// A valid signature made for another purpose than asserting the credential.
        case otherPurpose
    }

    let verdict: Verdict
    /// The checks, in order: what was established about the key and the signature, then the verdict.
    var checks: [Check]

    /// The checks once every proof is known: when another proof establishes the credential, a proof
    /// that could not be checked, or that is valid but not an issuer's assertion, is worth a warning,
    /// not a verdict of its own.
    func settled(anotherProofProves: Bool) -> [Check] {
        switch verdict {
        case .proves, .failed:
            return checks
        case .undecided where anotherProofProves:
            return checks.map { $0.severity == .indeterminate ? $0.softened("another proof of the issuer was verified") : $0 }
        case .undecided:
            return checks
        case .thirdParty, .otherPurpose:
            return checks.map { check in
                guard check.severity == .error else { return check }
                return anotherProofProves ? check.softened("another proof of the issuer was verified") : check
            }
        }
    }
}

extension Check {
    /// The same finding as a warning, with the reason it no longer decides the outcome.
    func softened(_ reason: String) -> Check {
        Check(code, .warning, message + " (Not decisive: \(reason).)", evidence: evidence)
    }
}
