import BadgeCrypto
import LaurelJSON

/// Checks the JWS of a signed badge with the issuer's keys (OB 2.0 "SignedBadge Verification", step 6).
/// When the badge names no key, each key the issuer lists is tried; one that verifies is enough.
struct OB2SignatureStep: VerificationStep {
    let session: OB2Session

    func run(_ state: inout VerificationState) async {
        let keys = session.badge.keys
        guard let jws = state.jws, !keys.isEmpty else { return }
        var failure: JWSError?
        for candidate in keys {
            do {
                try jws.verify(with: candidate.key)
                state.key = candidate.key
                state.keySource = candidate.id
                state.keyThumbprint = candidate.key.jwkThumbprint
                state.add(.passed(.signatureValid, "The signature is valid: the badge has not changed since the issuer signed it.",
                                  evidence: ["alg": .string(jws.algorithm.rawValue), "key": .string(candidate.id),
                                             "thumbprint": .string(candidate.key.jwkThumbprint)]))
                return
            } catch {
                failure = error
            }
        }
        if let failure { state.add(failure.check) }
    }
}
