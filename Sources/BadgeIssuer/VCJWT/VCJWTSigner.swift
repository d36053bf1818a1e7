import BadgeCrypto
import OpenBadges

/// Signs Open Badges 3.0 credentials as VC-JWTs (OB 3.0 §8.2, "JSON Web Token Proof Format").
///
/// The JWT payload is the credential itself (VC 2.0) plus the registered claims that restate it:
/// `iss` = issuer id, `jti` = credential id, `nbf` = `validFrom`, `sub` = subject id when the subject
/// has one, and `exp` = `validUntil` when set. The header is `alg`, then `kid` or `jwk`, then `typ`.
public enum VCJWTSigner {
    /// Encodes `credential` and signs it.
    public static func sign<Subject>(_ credential: VerifiableCredential<Subject>, with key: IssuerKey) throws(IssuanceError)
        -> String
    {
        guard case .object(let document) = credential.json else {
            throw .signingFailed("the credential did not encode as a JSON object")
        }
        return try sign(document: document, with: key)
    }

    /// Signs a credential document (the JSON an issuer built once and proves in one or more formats).
    /// The claims are read from the document: `issuer` (or `issuer.id`), `id`, `validFrom`, `validUntil`
    /// and `credentialSubject.id`.
    public static func sign(document: JSONObject, with key: IssuerKey) throws(IssuanceError) -> String {
        let payload = try claims(for: document)
        do {
            return try JWS.sign(payload: JSON.object(payload).serialized(), key: key.privateKey,
                                header: key.headerMembers(forIssuer: payload["iss"]?.stringValue ?? ""))
        } catch {
            throw .signingFailed(error.description)
        }
    }

    /// The payload: the document's members, then the JWT claims.
    static func claims(for document: JSONObject) throws(IssuanceError) -> JSONObject {
        let issuer = document["issuer"]
        guard let issuerID = issuer?.stringValue ?? issuer?["id"]?.stringValue else {
            throw .invalidIssuer("the credential has no issuer id")
        }
        guard let id = document["id"]?.stringValue else { throw .signingFailed("the credential has no id") }
        let validFrom: DateTime
        do {
            guard let text = document["validFrom"]?.stringValue else { throw IssuanceError.invalidDates("the credential has no validFrom") }
            validFrom = try DateTime(text)
        } catch let error as IssuanceError {
            throw error
        } catch {
            throw .invalidDates("validFrom: \(error)")
        }
        var payload = document
        payload["iss"] = .string(issuerID)
        payload["jti"] = .string(id)
        payload["nbf"] = .number(JSONNumber(Int(validFrom.secondsSince1970)))
        if let subjectID = document["credentialSubject"]?["id"]?.stringValue { payload["sub"] = .string(subjectID) }
        if let text = document["validUntil"]?.stringValue {
            do { payload["exp"] = .number(JSONNumber(Int(try DateTime(text).secondsSince1970))) } catch {
                throw .invalidDates("validUntil: \(error)")
            }
        }
        return payload
    }
}
