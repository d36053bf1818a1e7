import LaurelJSON

/// A JSON Web Key (RFC 7517) for one of Laurel's signature key types, with the members that restrict
/// its use (`use`, `key_ops`, `alg`) and its `kid`.
///
/// Import is strict (RFC 7518 §6, RFC 8037 §2): members must be canonical base64url of the exact
/// length, EC points must lie on the curve, and a private member must belong to the public ones.
public struct JWK: Sendable {
    /// The key material: public only, or a private key (whose public key is derived from it).
    public enum Material: Sendable {
        case publicKey(SigningPublicKey)
        case privateKey(SigningPrivateKey)
    }

    public let material: Material
    /// `kid`.
    public let keyID: String?
    /// `use` ("sig" or "enc").
    public let use: String?
    /// `key_ops`.
    public let keyOperations: [String]?
    /// `alg`: when present, the only algorithm the key may be used with.
    public let algorithm: String?

    /// The largest JWK text `init(parsing:)` accepts (a 16384-bit RSA private key is about 15 KiB).
    public static let maxBytes = 64 * 1024

    public var publicKey: SigningPublicKey {
        switch material {
        case .publicKey(let key): key
        case .privateKey(let key): key.publicKey
        }
    }

    public var privateKey: SigningPrivateKey? {
        if case .privateKey(let key) = material { return key }
        return nil
    }

    /// A JWK for `material` with optional metadata (for export).
    public init(_ material: Material, keyID: String? = nil, use: String? = nil, keyOperations: [String]? = nil,
                algorithm: String? = nil)
    {
        self.material = material
        self.keyID = keyID
        self.use = use
        self.keyOperations = keyOperations
        self.algorithm = algorithm
    }

    /// Parses JWK JSON text.
    public init(parsing bytes: [UInt8]) throws(JWKError) {
        guard bytes.count <= JWK.maxBytes else { throw .tooLarge(size: bytes.count, limit: JWK.maxBytes) }
        let json: JSON
        do {
            json = try JSON.parse(bytes, limits: JSONParser.Limits(maxBytes: JWK.maxBytes, maxDepth: 8))
        } catch {
            throw .invalidJSON(error)
        }
        try self.init(json: json)
    }

    /// Reads a JWK from a parsed JSON value.
    public init(json: JSON) throws(JWKError) {
        guard case .object(let object) = json else { throw .notAnObject(found: json.kindName) }
        let reader = JWKReader(object: object)
        keyID = try reader.optionalString("kid")
        use = try reader.optionalString("use")
        algorithm = try reader.optionalString("alg")
        keyOperations = try reader.keyOperations()
        material = try JWKImport.material(from: reader)
    }

    /// Refuses the key for `operation` ("sign" or "verify") with `jwsAlgorithm` when its `use`,
    /// `key_ops` or `alg` members say otherwise (RFC 7517 §4.2–4.4).
    public func checkPermitted(operation: String, algorithm jwsAlgorithm: JWSAlgorithm) throws(JWKError) {
        if let use, use != "sig" {
            throw .notPermitted(reason: "\"use\" is \"\(use)\", not \"sig\"")
        }
        if let keyOperations, !keyOperations.contains(operation) {
            throw .notPermitted(reason: "\"key_ops\" \(keyOperations) does not include \"\(operation)\"")
        }
        if let algorithm, algorithm != jwsAlgorithm.rawValue {
            throw .notPermitted(reason: "\"alg\" is \"\(algorithm)\", not \"\(jwsAlgorithm.rawValue)\"")
        }
    }

    /// The JWK as a JSON object: key members first (`kty`, `crv`/`n`, ...), then `kid`, `use`,
    /// `key_ops`, `alg` when set. With `includePrivate` false, a private key is written as its public
    /// key.
    public func jsonObject(includePrivate: Bool = false) -> JSONObject {
        var object: JSONObject
        switch material {
        case .privateKey(let key) where includePrivate: object = key.jwk
        default: object = publicKey.jwk
        }
        if let keyID { object["kid"] = .string(keyID) }
        if let use { object["use"] = .string(use) }
        if let keyOperations { object["key_ops"] = .array(keyOperations.map { .string($0) }) }
        if let algorithm { object["alg"] = .string(algorithm) }
        return object
    }

    /// The RFC 7638 SHA-256 thumbprint of the public key, base64url.
    public var thumbprint: String { publicKey.jwkThumbprint }
}
