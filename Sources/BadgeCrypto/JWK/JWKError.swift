import LaurelJSON

/// Why a JSON Web Key was refused. Every case that concerns one member names it (`"x"`, `"crv"`, ...).
public enum JWKError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The text is not JSON.
    case invalidJSON(JSONParseError)
    /// The JWK text is longer than the limit.
    case tooLarge(size: Int, limit: Int)
    /// The JWK is not a JSON object.
    case notAnObject(found: String)
    /// A required member is absent.
    case missingMember(String)
    /// A member has the wrong JSON type.
    case wrongMemberType(member: String, expected: String, found: String)
    /// A member is not canonical base64url.
    case invalidBase64URL(member: String, CodecError)
    /// A member decodes to the wrong number of bytes.
    case invalidMemberLength(member: String, expected: String, actual: Int)
    /// An integer member has leading zero bytes (RFC 7518 requires the minimal encoding).
    case nonMinimalInteger(member: String)
    /// `kty` names a key type Laurel does not use for signatures (`oct`, unknown values).
    case unsupportedKeyType(String)
    /// `crv` names a curve Laurel does not use (X25519, Ed448, P-521, secp256k1, ...).
    case unsupportedCurve(String)
    /// The members do not form a valid key (point not on the curve, RSA modulus too small, ...);
    /// `member` names the member at fault when one can be named.
    case invalidKey(member: String?, KeyError)
    /// The private member does not belong to the public members.
    case privateKeyMismatch(member: String)
    /// An RSA private key without all of `p`, `q`, `dp`, `dq`, `qi`.
    case missingCRTParameters([String])
    /// Multi-prime RSA (`oth`).
    case multiPrimeNotSupported
    /// `key_ops` lists an operation twice.
    case duplicateKeyOperation(String)
    /// The key may not be used as asked: `use` is not `sig`, `key_ops` lacks the operation, or `alg`
    /// names a different algorithm.
    case notPermitted(reason: String)

    public var description: String {
        switch self {
        case .invalidJSON(let error): "JWK is not valid JSON: \(error)"
        case .tooLarge(let size, let limit): "JWK of \(size) bytes exceeds the limit of \(limit)"
        case .notAnObject(let found): "a JWK must be a JSON object, found \(found)"
        case .missingMember(let member): "JWK member \"\(member)\" is missing"
        case .wrongMemberType(let member, let expected, let found):
            "JWK member \"\(member)\" must be \(expected), found \(found)"
        case .invalidBase64URL(let member, let error): "JWK member \"\(member)\": \(error)"
        case .invalidMemberLength(let member, let expected, let actual):
            "JWK member \"\(member)\" decodes to \(actual) bytes; expected \(expected)"
        case .nonMinimalInteger(let member):
            "JWK member \"\(member)\" has leading zero bytes; integers must use the minimum number of octets"
        case .unsupportedKeyType(let kty):
            "unsupported JWK \"kty\" \"\(kty)\" (Laurel reads OKP, EC and RSA signature keys)"
        case .unsupportedCurve(let crv):
            "unsupported JWK \"crv\" \"\(crv)\" (Laurel reads Ed25519, P-256 and P-384)"
        case .invalidKey(let member?, let error): "JWK member \"\(member)\": \(error)"
        case .invalidKey(nil, let error): "invalid JWK: \(error)"
        case .privateKeyMismatch(let member):
            "JWK member \"\(member)\" is not the private key of the public members"
        case .missingCRTParameters(let members):
            "RSA private JWK lacks \(members.map { "\"\($0)\"" }.joined(separator: ", ")) (all CRT parameters are required)"
        case .multiPrimeNotSupported: "multi-prime RSA JWKs (\"oth\") are not supported"
        case .duplicateKeyOperation(let operation): "JWK \"key_ops\" lists \"\(operation)\" twice"
        case .notPermitted(let reason): "the JWK may not be used here: \(reason)"
        }
    }
}
