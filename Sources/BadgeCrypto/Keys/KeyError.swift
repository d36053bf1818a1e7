/// Why key material was refused, or why an operation on a key failed.
///
/// Each case names what was wrong so that a person reading a verification report or a CLI message can
/// fix the input: which field had which length, which curve was found instead of the expected one.
public enum KeyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `what` (for example "Ed25519 public key") had `actual` bytes; `expected` says what is allowed.
    case invalidLength(what: String, expected: String, actual: Int)
    /// The bytes do not encode a point of `curve` (wrong prefix, x not on the curve, point at infinity).
    case invalidPoint(curve: String, reason: String)
    /// An EC private scalar outside `1 ..< n` for `curve`.
    case invalidPrivateScalar(curve: String)
    /// An RSA modulus smaller than Laurel accepts (RS256 keys must have at least 2048 bits).
    case rsaModulusTooSmall(bits: Int, minimum: Int)
    /// An RSA modulus larger than Laurel accepts (bounds the cost of hostile keys).
    case rsaModulusTooLarge(bits: Int, maximum: Int)
    /// An RSA public exponent Laurel does not accept (even, below 3, or longer than 64 bits).
    case rsaInvalidExponent(reason: String)
    /// RSA key generation asked for a size other than 2048, 3072 or 4096 bits.
    case unsupportedRSAKeySize(bits: Int)
    /// A key of an algorithm Laurel does not sign with (X25519, Ed448, DSA, RSA-PSS-only, ...).
    case unsupportedKeyType(String)
    /// An EC key on a curve other than P-256 or P-384, or with explicit curve parameters.
    case unsupportedCurve(String)
    /// A private and a public part that do not belong together (`detail` says which parts).
    case mismatchedKeyPair(detail: String)
    /// A key of one type where another was required (a P-384 key passed as P-256).
    case wrongKeyType(expected: KeyType, found: KeyType)
    /// OpenSSL refused an operation that valid input should not make fail.
    case openSSLFailure(operation: String, reason: String)

    public var description: String {
        switch self {
        case .invalidLength(let what, let expected, let actual):
            "\(what) has \(actual) bytes; expected \(expected)"
        case .invalidPoint(let curve, let reason):
            "not a valid \(curve) public point: \(reason)"
        case .invalidPrivateScalar(let curve):
            "the \(curve) private key is zero or not below the group order"
        case .rsaModulusTooSmall(let bits, let minimum):
            "the RSA modulus has \(bits) bits; at least \(minimum) are required"
        case .rsaModulusTooLarge(let bits, let maximum):
            "the RSA modulus has \(bits) bits; at most \(maximum) are accepted"
        case .rsaInvalidExponent(let reason):
            "unacceptable RSA public exponent: \(reason)"
        case .unsupportedRSAKeySize(let bits):
            "RSA keys are generated with 2048, 3072 or 4096 bits, not \(bits)"
        case .unsupportedKeyType(let type):
            "unsupported key type \(type); Laurel signs with Ed25519, ECDSA P-256/P-384 and RSA"
        case .unsupportedCurve(let curve):
            "unsupported elliptic curve \(curve); Laurel accepts P-256 and P-384"
        case .mismatchedKeyPair(let detail):
            "the private and public key do not match: \(detail)"
        case .wrongKeyType(let expected, let found):
            "expected a \(expected) key, found a \(found) key"
        case .openSSLFailure(let operation, let reason):
            "OpenSSL failed to \(operation): \(reason)"
        }
    }

    /// A failure of `operation`, with the reasons from OpenSSL's error queue (which is emptied).
    static func openSSL(_ operation: String) -> KeyError {
        .openSSLFailure(operation: operation, reason: OpenSSLErrorQueue.drain())
    }
}
