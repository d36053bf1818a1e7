import BadgeCrypto
import OpenBadges
import LaurelJSON

/// Parses the compact JWS of a VC-JWT: three canonical base64url segments, a JSON header with an
/// allowed `alg`, no unknown `crit`. Nothing else can be checked if this fails.
public struct JWTEnvelopeStep: VerificationStep {
    public let compact: [UInt8]

    public init(compact: [UInt8]) { self.compact = compact }

    public func run(_ state: inout VerificationState) async {
        do {
            state.jws = try CompactJWS.parse(compact, limits: .default)
        } catch {
            state.add(error.check)
            state.halted = true
        }
    }
}

/// Reads the credential out of the JWT payload. A VC 2.0 VC-JWT's payload is the credential plus JWT
/// claims; a VC 1.1 one holds it in a `vc` claim, with `iss`, `jti`, `nbf`, `exp` and `sub` standing
/// in for the credential's own members (VC-JWT 1.1 §6.3.1), which are filled in from the claims.
public struct JWTCredentialStep: VerificationStep {
    /// JWT claims that are not part of the credential (RFC 7519 §4.1).
    static let registeredClaims: Set<String> = ["iss", "sub", "aud", "exp", "nbf", "iat", "jti"]

    public init() {}

    public func run(_ state: inout VerificationState) async {
        guard let jws = state.jws else { return }
        let payload: JSON
        do {
            payload = try JSON.parse(jws.payload, limits: JSONParser.Limits(maxBytes: JWSLimits.default.maxPayloadBytes))
        } catch {
            state.add(.failed(.jwtPayloadInvalid, "The signed content of the JWT is not valid JSON (\(error.message), at byte \(error.offset)).",
                              evidence: ["detail": .string(error.description)]))
            return
        }
        guard case .object(let claims) = payload else {
            state.add(.failed(.jwtPayloadInvalid, "The signed content of the JWT is \(payload.kindName), not a credential object."))
            return
        }
        state.jwtPayload = claims
        if case .object(var credential) = claims["vc"] {
            state.add(.warning(.jwtVCClaim,
                               "The credential uses the older VC 1.1 JWT encoding (a \"vc\" claim). Laurel accepts it, but VC 2.0 credentials are current."))
            fillFromClaims(&credential, claims)
            state.credentialJSON = .object(credential)
        } else if claims["vc"] != nil {
            state.add(.failed(.jwtPayloadInvalid, "The JWT's \"vc\" claim is not a credential object."))
        } else {
            var credential = claims
            for member in claims where Self.registeredClaims.contains(member.key) {
                credential.removeValue(forKey: member.key)
            }
            state.credentialJSON = .object(credential)
        }
    }

    /// VC-JWT 1.1: claims replace the credential members they encode when those are absent.
    func fillFromClaims(_ credential: inout JSONObject, _ claims: JSONObject) {
        if credential["issuer"] == nil, let iss = claims["iss"] { credential["issuer"] = iss }
        if credential["id"] == nil, let jti = claims["jti"] { credential["id"] = jti }
        if credential["issuanceDate"] == nil, credential["validFrom"] == nil,
           let nbf = claims["nbf"]?.numberValue.flatMap(numericDate) {
            credential["issuanceDate"] = .string(nbf)
        }
        if credential["expirationDate"] == nil, credential["validUntil"] == nil,
           let exp = claims["exp"]?.numberValue.flatMap(numericDate) {
            credential["expirationDate"] = .string(exp)
        }
        if let sub = claims["sub"], case .object(var subject) = credential["credentialSubject"], subject["id"] == nil {
            subject["id"] = sub
            credential["credentialSubject"] = .object(subject)
        }
    }

    func numericDate(_ number: JSONNumber) -> String? {
        guard let seconds = number.intValue else { return nil }
        return try? DateTime(secondsSince1970: Int64(seconds)).text
    }
}
