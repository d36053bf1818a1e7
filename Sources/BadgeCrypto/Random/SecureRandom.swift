import COpenSSL

/// Cryptographically secure random bytes from OpenSSL's DRBG (`RAND_bytes`), for salts, nonces,
/// credential ids and API tokens.
public enum SecureRandom {
    /// The largest single request (larger needs are not a token or a salt).
    public static let maxByteCount = 1 << 20

    /// How a token is written.
    public enum TokenEncoding: Sendable {
        case base64url
        case hex
    }

    /// `count` random bytes.
    public static func bytes(count: Int) throws(KeyError) -> [UInt8] {
        guard count >= 0, count <= maxByteCount else {
            throw .invalidLength(what: "random byte request", expected: "0 to \(maxByteCount)", actual: count)
        }
        var out = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return out }
        let ok = out.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32($0.count)) }
        guard ok == 1 else { throw .openSSL("generate random bytes") }
        return out
    }

    /// A random token of `byteCount` bytes (32 by default: 256 bits), as unpadded base64url or hex.
    public static func token(byteCount: Int = 32, encoding: TokenEncoding = .base64url) throws(KeyError) -> String {
        let random = try bytes(count: byteCount)
        switch encoding {
        case .base64url: return Base64URL.encode(random)
        case .hex: return random.hexString
        }
    }
}
