import BadgeCrypto
import LaurelJSON
import OpenBadges

/// Reads the payload of a signed OB 2.0 badge: "Parse the decoded JWS body into a JSON object. If the
/// parsing operation fails, assertion MUST be treated as invalid" (OB 2.0 SignedBadge verification).
struct OB2PayloadStep: VerificationStep {
    func run(_ state: inout VerificationState) async {
        guard let jws = state.jws else { return }
        do {
            let payload = try JSON.parse(jws.payload, limits: JSONParser.Limits(maxBytes: JWSLimits.default.maxPayloadBytes))
            guard case .object = payload else {
                state.add(.failed(.jwtPayloadInvalid, "The signed content is \(payload.kindName), not a badge."))
                state.halted = true
                return
            }
            state.credentialJSON = payload
        } catch {
            state.add(.failed(.jwtPayloadInvalid, "The signed content is not valid JSON (\(error.message), at byte \(error.offset)).",
                              evidence: ["detail": .string(error.description)]))
            state.halted = true
        }
    }
}
