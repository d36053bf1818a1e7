import LaurelJSON

extension SigningPublicKey {
    /// The public JWK members, in the order RFC 7638 lists them for each key type:
    /// `{"kty":"OKP","crv":"Ed25519","x":…}`, `{"kty":"EC","crv":…,"x":…,"y":…}`, `{"kty":"RSA","n":…,"e":…}`.
    public var jwk: JSONObject {
        switch self {
        case .ed25519(let key):
            return ["kty": "OKP", "crv": "Ed25519", "x": .string(Base64URL.encode(key.rawRepresentation))]
        case .p256(let key):
            return Self.ecJWK(crv: "P-256", coordinates: key.coordinates)
        case .p384(let key):
            return Self.ecJWK(crv: "P-384", coordinates: key.coordinates)
        case .rsa(let key):
            return ["kty": "RSA", "n": .string(Base64URL.encode(key.modulus)), "e": .string(Base64URL.encode(key.exponent))]
        }
    }

    static func ecJWK(crv: String, coordinates: (x: [UInt8], y: [UInt8])) -> JSONObject {
        ["kty": "EC", "crv": .string(crv), "x": .string(Base64URL.encode(coordinates.x)),
         "y": .string(Base64URL.encode(coordinates.y))]
    }

    /// The RFC 7638 thumbprint: base64url(SHA-256) of the required members in lexicographic order,
    /// without whitespace. All the members are ASCII strings, so JCS gives exactly that form.
    public var jwkThumbprint: String {
        var required = jwk
        // RFC 7638 §3.2 lists exactly these members; `jwk` writes nothing else, but the filter keeps
        // the thumbprint right should it ever gain optional members.
        let names: Set<String> = ["crv", "e", "kty", "n", "x", "y"]
        for key in required.keys where !names.contains(key) { required.removeValue(forKey: key) }
        return Base64URL.encode(SHA256.hash(JSON.object(required).canonicalBytes))
    }
}

extension SigningPrivateKey {
    /// The private JWK: the public members followed by `d` (and for RSA `p`, `q`, `dp`, `dq`, `qi`).
    /// Treat it as a secret.
    public var jwk: JSONObject {
        var object = publicKey.jwk
        switch self {
        case .ed25519(let key):
            object["d"] = .string(Base64URL.encode(key.rawRepresentation))
        case .p256(let key):
            object["d"] = .string(Base64URL.encode(key.rawRepresentation))
        case .p384(let key):
            object["d"] = .string(Base64URL.encode(key.rawRepresentation))
        case .rsa(let key):
            let parts = key.components
            for (name, value) in [("d", parts.privateExponent), ("p", parts.prime1), ("q", parts.prime2),
                                  ("dp", parts.exponent1), ("dq", parts.exponent2), ("qi", parts.coefficient)]
            {
                object[name] = .string(Base64URL.encode(value))
            }
        }
        return object
    }
}
