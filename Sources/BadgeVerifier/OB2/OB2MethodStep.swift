import LaurelJSON
import OpenBadges

/// The assertion must say how it is verified, and arrive in the form that method needs: a signed
/// badge as its JWS (its JSON alone proves nothing), a hosted badge at a web address. An assertion that
/// itself says it is revoked is revoked.
struct OB2MethodStep: VerificationStep {
    let session: OB2Session
    /// Whether the assertion arrived as a JWS.
    let signed: Bool

    func run(_ state: inout VerificationState) async {
        guard let assertion = session.badge.assertion else { return }
        if assertion.revoked == true {
            state.add(.failed(.ob2Revoked, OB2RevocationStep.revoked(by: "The badge says it has been revoked", reason: assertion.revocationReason)))
        }
        let declared = assertion.verification.type.joined(separator: ", ")
        switch (assertion.verification.method, signed) {
        case (.hosted?, false):
            guard OB2URL.isHTTP(assertion.id) else {
                state.add(.failed(.ob2VerificationMethod,
                                  "The badge says it is hosted by its issuer, but its id (\(assertion.id)) is not a web address, so there is nowhere to check it."))
                return
            }
        case (.signed?, true):
            break
        case (.signed?, false):
            state.add(.failed(.ob2SignatureMissing,
                              "The badge says it is signed, but it was given without its signature. Ask for the signed badge (the .jwt file, or the baked image) rather than its content."))
        case (.hosted?, true):
            state.add(.failed(.ob2VerificationMethod,
                              "The badge arrived signed, but says it is verified by fetching it from its issuer (hosted); a badge must be verified the way it declares."))
        case (nil, _):
            state.add(.failed(.ob2VerificationMethod,
                              "The badge does not say whether it is hosted or signed (its verification type is \(declared.isEmpty ? "missing" : declared)), so it cannot be verified.",
                              evidence: ["type": .string(declared)]))
        }
    }
}
