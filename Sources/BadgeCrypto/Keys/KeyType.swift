/// The signature key types Laurel signs and verifies with.
public enum KeyType: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Ed25519 (RFC 8032), JOSE `EdDSA`, Data Integrity eddsa-*.
    case ed25519 = "Ed25519"
    /// ECDSA on NIST P-256 with SHA-256, JOSE `ES256`, Data Integrity ecdsa-* (P-256).
    case p256 = "P-256"
    /// ECDSA on NIST P-384 with SHA-384, JOSE `ES384`, Data Integrity ecdsa-* (P-384).
    case p384 = "P-384"
    /// RSA with PKCS#1 v1.5 padding and SHA-256, JOSE `RS256`, OB 2.0 signed assertions.
    case rsa = "RSA"

    public var description: String { rawValue }

    /// The one JWS algorithm Laurel uses with keys of this type.
    public var jwsAlgorithm: JWSAlgorithm {
        switch self {
        case .ed25519: .edDSA
        case .p256: .es256
        case .p384: .es384
        case .rsa: .rs256
        }
    }
}
