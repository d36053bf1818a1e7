import LaurelJSON
import OpenBadges

/// The JWT claims must restate the credential (OB 3.0 §8.2.4): `iss` = issuer id, `jti` = credential
/// id, `nbf` = `validFrom`, `exp` = `validUntil`, `sub` = subject id. Disagreement means the envelope
/// says something the credential does not, and a relying party could be misled by either.
public struct JWTClaimsStep: VerificationStep {
    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard let claims = state.jwtPayload, let credential = state.credential else { return }
        var agreed: [String] = []
        var failed = false
        func mismatch(_ code: CheckCode, _ message: String, _ evidence: JSONObject) {
            state.add(.failed(code, message, evidence: evidence))
            failed = true
        }

        switch claims["iss"] {
        case .string(let iss) where iss.isByteEqual(to: credential.issuerID): agreed.append("iss")
        case .some(let value):
            mismatch(.jwtIssuerMismatch, "The JWT says it was issued by \(value.displayText), but the credential names \(credential.issuerID).",
                     ["iss": value, "issuer": .string(credential.issuerID)])
        case nil:
            mismatch(.jwtIssuerMismatch, "The JWT has no \"iss\" claim naming its issuer.", ["issuer": .string(credential.issuerID)])
        }

        switch claims["jti"] {
        case .string(let jti) where jti.isByteEqual(to: credential.id): agreed.append("jti")
        case .some(let value):
            mismatch(.jwtIdMismatch, "The JWT's id (\(value.displayText)) is not the credential's id (\(credential.id)).",
                     ["jti": value, "id": .string(credential.id)])
        case nil:
            mismatch(.jwtIdMismatch, "The JWT has no \"jti\" claim repeating the credential's id.", ["id": .string(credential.id)])
        }

        switch claims["nbf"] {
        case .number(let nbf) where nbf.intValue.map(Int64.init) == credential.validFrom.secondsSince1970: agreed.append("nbf")
        case .some(let value):
            mismatch(.jwtNotBeforeMismatch,
                     "The JWT's start of validity (nbf \(value.displayText)) is not the credential's (\(credential.validFrom)).",
                     ["nbf": value, "validFrom": .string(credential.validFrom.text)])
        case nil:
            mismatch(.jwtNotBeforeMismatch, "The JWT has no \"nbf\" claim repeating when the credential becomes valid.",
                     ["validFrom": .string(credential.validFrom.text)])
        }

        switch (claims["exp"], credential.validUntil) {
        case (nil, nil): break
        case (.number(let exp), let until?) where exp.intValue.map(Int64.init) == until.secondsSince1970: agreed.append("exp")
        case (let value, let until):
            mismatch(.jwtExpiryMismatch,
                     "The JWT's expiry (\(value?.displayText ?? "none")) is not the credential's (\(until?.text ?? "none")).",
                     ["exp": value ?? .null, "validUntil": until.map { .string($0.text) } ?? .null])
        }

        let subjectID = credential.subjectID
        switch (claims["sub"], subjectID) {
        case (.string(let sub), let id?) where sub.isByteEqual(to: id): agreed.append("sub")
        case (nil, .some(let id)):
            state.add(.warning(.jwtSubjectMissing,
                               "The JWT has no \"sub\" claim naming the recipient (\(id)); the credential itself names them.",
                               evidence: ["subject": .string(id)]))
        case (nil, nil): break
        case (let value?, let id):
            mismatch(.jwtSubjectMismatch, "The JWT names the recipient \(value.displayText), but the credential names \(id ?? "no subject id").",
                     ["sub": value, "subject": id.map(JSON.string) ?? .null])
        }

        if !failed {
            state.add(.passed(.jwtClaims, "The JWT's claims agree with the credential.",
                              evidence: ["claims": .array(agreed.map(JSON.string))]))
        }
    }
}

extension JSON {
    /// A short rendering of a value for a message.
    var displayText: String {
        if let string = stringValue { return string }
        let text = serializedString()
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
