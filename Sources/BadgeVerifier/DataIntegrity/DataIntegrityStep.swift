import BadgeCrypto
import LaurelJSON
import LinkedData
import OpenBadges

/// Checks the Data Integrity proofs embedded in a JSON credential (VC Data Integrity 1.0; EdDSA and ECDSA
/// Cryptosuites v1.0; the legacy eddsa-2022 and Ed25519Signature2020).
///
/// Every proof is reported with its suite, verification method, purpose and date. Each is verified
/// against the credential without proofs (plus, for a chained proof, the proofs it names), with the key
/// of its verification method, which must belong to the issuer. One valid `assertionMethod` proof by the
/// issuer establishes the credential; any proof that fails makes it invalid; a proof Laurel cannot check
/// (an unknown suite, a key it cannot find) leaves it undecided unless another proof establishes it.
public struct DataIntegrityStep: VerificationStep {
    let processor: DataIntegrityProcessor
    let resolver: KeyResolver

    public init(processor: DataIntegrityProcessor = .bundled, resolver: KeyResolver = KeyResolver()) {
        self.processor = processor
        self.resolver = resolver
    }

    public func run(_ state: inout VerificationState) async {
        guard case .object(let document) = state.credentialJSON else { return }
        let entries: [ProofSet.Entry]
        do { entries = try ProofSet.entries(of: document) } catch {
            state.add(.failed(.proofMalformed, "The credential's proofs cannot be read: \(error.message).",
                              evidence: ["pointer": .string(error.location ?? "/proof")]))
            return
        }
        guard !entries.isEmpty else {
            state.add(.failed(.proofMissing,
                              "The credential has no signature (no \"proof\"), so anyone could have written it. A signed credential is either a JWT or carries a proof."))
            return
        }
        var findings: [ProofFinding] = []
        for entry in entries {
            let evaluation = ProofEvaluation(entry: entry, issuerID: state.issuerID, now: state.now,
                                             skew: state.options.clockSkewSeconds, processor: processor, resolver: resolver)
            let (finding, key) = await evaluation.run()
            if finding.verdict == .proves, state.key == nil, let key {
                state.key = key.key
                state.keySource = key.verificationMethod
                state.keyThumbprint = key.thumbprint
            }
            findings.append(finding)
        }
        let proven = findings.contains { $0.verdict == .proves }
        for finding in findings {
            for check in finding.settled(anotherProofProves: proven) { state.add(check) }
        }
    }
}
