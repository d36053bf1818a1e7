import LaurelJSON

/// Why a compact JWS was refused or could not be produced. Each refusal the JOSE specifications and
/// their known attacks call for has its own case, so that a verification report can say exactly why.
public enum JWSError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The three parts of a compact JWS.
    public enum Segment: String, Sendable {
        case header = "protected header"
        case payload
        case signature
    }

    /// The compact JWS, a decoded part, or the header is larger than the configured limit.
    case tooLarge(what: String, size: Int, limit: Int)
    /// Not exactly three dot-separated segments (a JWE has five; a JSON serialization has none).
    case wrongSegmentCount(Int)
    /// A segment is not canonical unpadded base64url.
    case invalidBase64URL(segment: Segment, CodecError)
    /// The protected header is not JSON (or not UTF-8, or has duplicate members).
    case headerNotJSON(JSONParseError)
    /// The protected header is JSON but not an object.
    case headerNotObject(found: String)
    /// The protected header has no `alg`.
    case missingAlgorithm
    /// `alg` is `none`: an unsecured JWS, which Laurel never accepts.
    case unsecuredJWS
    /// `alg` is an HMAC algorithm (HS256/384/512): a shared secret proves nothing about the issuer.
    case hmacNotSupported(String)
    /// `alg` is outside Laurel's allow-list (PS256, ES512, RS384, ...).
    case algorithmNotAllowed(String)
    /// `alg` needs a different key type than the key given.
    case algorithmKeyMismatch(algorithm: JWSAlgorithm, keyType: KeyType)
    /// The JWK's `use`, `key_ops` or `alg` forbid this use.
    case keyNotPermitted(JWKError)
    /// An RS256 key smaller than 2048 bits.
    case keyTooSmall(bits: Int, minimum: Int)
    /// An ES256/ES384 signature in ASN.1 DER form; JWS requires r‖s (RFC 7518 §3.4).
    case signatureIsDER(algorithm: JWSAlgorithm)
    /// A signature of the wrong length for the algorithm or key.
    case invalidSignatureLength(algorithm: JWSAlgorithm, expected: Int, actual: Int)
    /// `crit` names an extension Laurel does not implement (RFC 7515 §4.1.11 requires refusal).
    case unsupportedCriticalHeader(String)
    /// `crit` is present but not a non-empty array of distinct strings naming header members that are
    /// present and not registered by RFC 7515/7518.
    case malformedCritical(reason: String)
    /// `b64: false` (RFC 7797 unencoded payload), which Laurel does not implement.
    case unencodedPayloadNotSupported
    /// A header member with the wrong type (`kid` that is not a string, ...).
    case invalidHeaderMember(name: String, reason: String)
    /// The signature does not verify with the key.
    case signatureInvalid
    /// Signing failed in OpenSSL.
    case signingFailed(KeyError)
    /// Header members passed to `sign` that Laurel will not write (`alg` other than the key's, `crit`,
    /// `b64`).
    case headerNotAllowedForSigning(name: String, reason: String)

    public var description: String {
        switch self {
        case .tooLarge(let what, let size, let limit): "the JWS \(what) is \(size) bytes; the limit is \(limit)"
        case .wrongSegmentCount(let count):
            "a compact JWS has 3 segments separated by '.', found \(count)"
        case .invalidBase64URL(let segment, let error): "the JWS \(segment.rawValue) is not valid base64url: \(error)"
        case .headerNotJSON(let error): "the JWS protected header is not valid JSON: \(error)"
        case .headerNotObject(let found): "the JWS protected header must be a JSON object, found \(found)"
        case .missingAlgorithm: "the JWS protected header has no \"alg\""
        case .unsecuredJWS: "unsecured JWS (\"alg\": \"none\") is never accepted"
        case .hmacNotSupported(let alg):
            "HMAC algorithm \(alg) is refused: a shared-secret MAC cannot prove who issued a credential"
        case .algorithmNotAllowed(let alg):
            "JWS algorithm \"\(alg)\" is not allowed (Laurel accepts EdDSA, ES256, ES384 and RS256)"
        case .algorithmKeyMismatch(let algorithm, let keyType):
            "JWS algorithm \(algorithm) cannot be used with a \(keyType) key"
        case .keyNotPermitted(let error): "\(error)"
        case .keyTooSmall(let bits, let minimum): "the RSA key has \(bits) bits; RS256 needs at least \(minimum)"
        case .signatureIsDER(let algorithm):
            "the \(algorithm) signature is ASN.1 DER; JWS requires the fixed-size r‖s form (RFC 7518 §3.4)"
        case .invalidSignatureLength(let algorithm, let expected, let actual):
            "the \(algorithm) signature has \(actual) bytes; expected \(expected)"
        case .unsupportedCriticalHeader(let name):
            "the JWS marks \"\(name)\" as critical (\"crit\"), an extension Laurel does not implement"
        case .malformedCritical(let reason): "malformed \"crit\" header: \(reason)"
        case .unencodedPayloadNotSupported: "unencoded-payload JWS (\"b64\": false, RFC 7797) is not supported"
        case .invalidHeaderMember(let name, let reason): "JWS header member \"\(name)\": \(reason)"
        case .signatureInvalid: "the JWS signature does not verify with the key"
        case .signingFailed(let error): "signing failed: \(error)"
        case .headerNotAllowedForSigning(let name, let reason): "cannot sign with header member \"\(name)\": \(reason)"
        }
    }
}
