/// The JWS `alg` values Laurel signs and verifies with: an explicit allow-list, one per key type.
///
/// Everything else is refused by name: `none` (unsecured JWS), the HMAC algorithms (a shared secret is
/// no proof of who issued a credential), RSA-PSS, ES512 and the rest.
public enum JWSAlgorithm: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Ed25519 (RFC 8037).
    case edDSA = "EdDSA"
    /// ECDSA P-256 with SHA-256; the signature is r‖s, 64 bytes.
    case es256 = "ES256"
    /// ECDSA P-384 with SHA-384; the signature is r‖s, 96 bytes.
    case es384 = "ES384"
    /// RSASSA-PKCS1-v1_5 with SHA-256 and a modulus of at least 2048 bits.
    case rs256 = "RS256"

    public var description: String { rawValue }

    /// The key type this algorithm needs.
    public var keyType: KeyType {
        switch self {
        case .edDSA: .ed25519
        case .es256: .p256
        case .es384: .p384
        case .rs256: .rsa
        }
    }

    /// The exact signature length for algorithms whose signatures have a fixed size (RS256's depends
    /// on the key).
    public var fixedSignatureLength: Int? {
        switch self {
        case .edDSA: 64
        case .es256: 64
        case .es384: 96
        case .rs256: nil
        }
    }
}
