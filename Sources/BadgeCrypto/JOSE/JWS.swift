import LaurelJSON

/// Compact JWS (RFC 7515) signing and verification with Laurel's algorithm allow-list.
public enum JWS {
    /// Signs `payload` with `key` and returns the compact serialization.
    ///
    /// The protected header is `alg` (from the key) followed by the members of `header` in their
    /// order, e.g. `kid` or `jwk`, and `typ`, serialized once by Laurel's JSON serializer; those bytes
    /// are what is signed. `header` may repeat the key's `alg` but not name another, and may not hold
    /// `crit` or `b64`, extensions Laurel would itself refuse to verify.
    public static func sign(payload: [UInt8], key: SigningPrivateKey, header: JSONObject = [:]) throws(JWSError)
        -> String
    {
        let algorithm = key.jwsAlgorithm
        var protected: JSONObject = ["alg": .string(algorithm.rawValue)]
        for member in header {
            switch member.key {
            case "alg":
                guard member.value.stringValue == algorithm.rawValue else {
                    throw .headerNotAllowedForSigning(
                        name: "alg", reason: "a \(key.keyType) key signs with \(algorithm), not \(member.value.serializedString())")
                }
            case "crit", "b64":
                throw .headerNotAllowedForSigning(name: member.key, reason: "Laurel does not implement this extension")
            default:
                protected[member.key] = member.value
            }
        }
        try JWSHeaderRules.checkMembers(of: protected)
        let headerBytes = JSON.object(protected).serialized()
        let signatureCapacity = Base64URL.encodedLength(of: max(key.evpKey.maximumSignatureSize, 96))
        var output: [UInt8] = []
        output.reserveCapacity(Base64URL.encodedLength(of: headerBytes.count) + Base64URL.encodedLength(of: payload.count)
            + signatureCapacity + 2)
        headerBytes.withUnsafeBytes { Base64URL.encode($0, appendingTo: &output) }
        output.append(UInt8(ascii: "."))
        payload.withUnsafeBytes { Base64URL.encode($0, appendingTo: &output) }
        let signature: [UInt8]
        do {
            signature = try output.withUnsafeBytes { input in
                Result { () throws(KeyError) -> [UInt8] in try key.signature(forBytes: input) }
            }.get()
        } catch {
            throw .signingFailed(error)
        }
        output.append(UInt8(ascii: "."))
        signature.withUnsafeBytes { Base64URL.encode($0, appendingTo: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Signs with `kid` and `typ` header members when given (in that order after `alg`).
    public static func sign(payload: [UInt8], key: SigningPrivateKey, keyID: String?, type: String?) throws(JWSError)
        -> String
    {
        var header = JSONObject()
        if let keyID { header["kid"] = .string(keyID) }
        if let type { header["typ"] = .string(type) }
        return try sign(payload: payload, key: key, header: header)
    }

    /// Parses `compact` and verifies it with `key`.
    public static func verify(_ compact: String, key: SigningPublicKey, limits: JWSLimits = .default)
        throws(JWSError) -> CompactJWS
    {
        let jws = try CompactJWS.parse(compact, limits: limits)
        try jws.verify(with: key)
        return jws
    }

    /// Parses `compact` and verifies it with the key of `jwk`, honouring its `use`, `key_ops` and `alg`.
    public static func verify(_ compact: String, jwk: JWK, limits: JWSLimits = .default) throws(JWSError) -> CompactJWS {
        let jws = try CompactJWS.parse(compact, limits: limits)
        try jws.verify(with: jwk)
        return jws
    }
}
