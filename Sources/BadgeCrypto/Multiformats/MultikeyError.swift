/// Why a Multikey value (`publicKeyMultibase` / `secretKeyMultibase`) was refused.
public enum MultikeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The multibase text did not decode.
    case encoding(CodecError)
    /// Multikey values are base58btc (`z`); another multibase base was used.
    case notBase58btc(prefix: String)
    /// The multicodec prefix is not one of Ed25519, P-256 or P-384 (public or private).
    case unsupportedCodec(UInt64)
    /// A private key where a public key was expected, or the reverse.
    case wrongKeyKind(expected: String, found: String)
    /// The key bytes after the prefix have the wrong length for the codec.
    case invalidLength(codec: String, expected: Int, actual: Int)
    /// The key bytes are not a valid key (for example a point not on the curve).
    case invalidKey(KeyError)
    /// The key type has no Multikey form Laurel writes (RSA).
    case unsupportedKeyType(KeyType)

    public var description: String {
        switch self {
        case .encoding(let error): "Multikey value: \(error)"
        case .notBase58btc(let prefix): "Multikey values must be base58btc ('z' prefix), found '\(prefix)'"
        case .unsupportedCodec(let code):
            "unsupported multicodec 0x\(String(code, radix: 16)) (Laurel reads Ed25519, P-256 and P-384 keys)"
        case .wrongKeyKind(let expected, let found): "expected a \(expected) key, found a \(found) key"
        case .invalidLength(let codec, let expected, let actual):
            "a \(codec) Multikey carries \(expected) key bytes, found \(actual)"
        case .invalidKey(let error): "Multikey value: \(error)"
        case .unsupportedKeyType(let type): "\(type) keys have no Multikey encoding in Laurel"
        }
    }
}
