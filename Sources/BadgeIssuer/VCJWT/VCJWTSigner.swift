import BadgeCrypto
import OpenBadges

/// Signs Open Badges 3.0 credentials as VC-JWTs (OB 3.0 §8.2, "JSON Web Token Proof Format").
///
/// The JWT payload is the credential itself (VC 2.0) plus the registered claims that restate it:
/// `iss` = issuer id, `jti` = credential id, `nbf` = `validFrom`, `sub` = subject id when the subject
/// has one, and `exp` = `validUntil` when set. The header is `alg`, then `kid` or `jwk`, then `typ`.
public enum VCJWTSigner {
    public static func sign<Subject>(_ credential: VerifiableCredential<Subject>, with key: IssuerKey) throws(IssuanceError)
        -> String
    {
        guard case .object(let body) = credential.json else {
            throw .signingFailed("the credential did not encode as a JSON object")
        }
        let payload = claims(for: credential, body: body)
        do {
            return try JWS.sign(payload: JSON.object(payload).serialized(), key: key.privateKey,
                                header: key.headerMembers(forIssuer: credential.issuer.id))
        } catch {
            throw .signingFailed(error.description)
        }
    }

    /// The payload members: the credential's own, then the JWT claims.
    static func claims<Subject>(for credential: VerifiableCredential<Subject>, body: JSONObject) -> JSONObject {
        var payload = body
        payload["iss"] = .string(credential.issuer.id)
        payload["jti"] = .string(credential.id)
        payload["nbf"] = .number(JSONNumber(Int(credential.validFrom.secondsSince1970)))
        if let subjectID = body["credentialSubject"]?["id"]?.stringValue { payload["sub"] = .string(subjectID) }
        if let validUntil = credential.validUntil {
            payload["exp"] = .number(JSONNumber(Int(validUntil.secondsSince1970)))
        }
        return payload
    }
}
