import LaurelJSON

/// A JSON credential is only as good as its embedded proof: without one, anyone could have written it.
///
/// This step reports a missing proof and any proof whose suite Laurel cannot check; the Data Integrity
/// suites plug in here.
public struct EmbeddedProofStep: VerificationStep {
    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard case .object(let document) = state.credentialJSON else { return }
        let proofs = document["proof"].map(\.asArray) ?? []
        guard !proofs.isEmpty else {
            state.add(.failed(.proofMissing,
                              "The credential has no signature (no \"proof\"), so anyone could have written it. A signed credential is either a JWT or carries a proof."))
            return
        }
        for (index, proof) in proofs.enumerated() {
            let suite = proof["cryptosuite"]?.stringValue ?? proof["type"]?.stringValue ?? "an unnamed suite"
            state.add(.undecided(.proofUnsupported,
                                 "The credential is signed with \(suite), which this version of Laurel cannot check.",
                                 evidence: ["proof": .number(index), "suite": .string(suite)]))
        }
    }
}
