import COpenSSL

/// Digest implementations fetched from the default provider once per process.
///
/// Passing `EVP_sha256()` to `EVP_DigestSignInit` makes OpenSSL 3 look the implementation up again on
/// every call; a fetched `EVP_MD` skips that. The fetched objects are immutable and never freed (they
/// live as long as the process), so sharing them between threads is safe.
enum MessageDigests {
    nonisolated(unsafe) static let sha256: OpaquePointer? = EVP_MD_fetch(nil, "SHA256", nil)
    nonisolated(unsafe) static let sha384: OpaquePointer? = EVP_MD_fetch(nil, "SHA384", nil)

    /// The digest a signature over a key of `type` uses: nil for Ed25519, which hashes internally.
    static func forSignature(_ type: KeyType) -> OpaquePointer? {
        switch type {
        case .ed25519: nil
        case .p256, .rsa: sha256
        case .p384: sha384
        }
    }
}
