import BadgeCrypto
import LaurelJSON

/// Checks the JWS signature with the key found for it.
public struct JWTSignatureStep: VerificationStep {
    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard let jws = state.jws, let key = state.key else { return }
        do {
            try jws.verify(with: key)
            state.add(.passed(.signatureValid, "The signature is valid: the credential has not changed since it was signed.",
                              evidence: [
                                  "alg": .string(jws.algorithm.rawValue), "key": .string(state.keySource ?? "unknown"),
                                  "thumbprint": .string(key.jwkThumbprint),
                              ]))
        } catch {
            state.add(error.check)
        }
    }
}
