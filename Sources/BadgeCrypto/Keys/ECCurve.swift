import COpenSSL

/// The two NIST curves Laurel signs with, and the sizes and names each format uses for them.
enum ECCurve: Sendable {
    case p256
    case p384

    var keyType: KeyType { self == .p256 ? .p256 : .p384 }

    /// The JWK `crv` and Laurel's display name.
    var joseName: String { self == .p256 ? "P-256" : "P-384" }

    /// The name OpenSSL 3 knows the group by.
    var openSSLGroupName: String { self == .p256 ? "P-256" : "P-384" }

    var nid: Int32 { self == .p256 ? NID_X9_62_prime256v1 : NID_secp384r1 }

    /// Bytes in one coordinate, in the private scalar, and in r or s of a signature.
    var coordinateSize: Int { self == .p256 ? 32 : 48 }

    /// The digest ECDSA uses on this curve in JOSE and Data Integrity.
    var digest: OpaquePointer? { self == .p256 ? MessageDigests.sha256 : MessageDigests.sha384 }
}
