import COpenSSL

/// Owns one OpenSSL `EVP_PKEY` and frees it when the last reference goes.
///
/// Every OpenSSL object arrives in Swift as the same `OpaquePointer`, so the compiler cannot tell a key
/// from a BIO; this type is the only place an `EVP_PKEY` pointer is stored, and it never leaves
/// BadgeCrypto. The key is never mutated after construction, and OpenSSL 3 allows concurrent signing
/// and verification on one `EVP_PKEY` (each operation has its own `EVP_MD_CTX`), hence
/// `@unchecked Sendable`.
final class EVPKey: @unchecked Sendable {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer` (a freshly created or decoded `EVP_PKEY`).
    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit {
        EVP_PKEY_free(pointer)
    }

    /// The modulus size for RSA, the field size for EC keys, 253 for Ed25519.
    var bits: Int { Int(EVP_PKEY_get_bits(pointer)) }

    /// The largest signature this key produces, in bytes (DER for ECDSA).
    var maximumSignatureSize: Int { Int(EVP_PKEY_get_size(pointer)) }

    /// True when both keys have the same public component (and the same type).
    func hasSamePublicKey(as other: EVPKey) -> Bool {
        EVP_PKEY_eq(pointer, other.pointer) == 1
    }

    /// Which of Laurel's key types this is; refuses other algorithms and curves.
    func keyType() throws(KeyError) -> KeyType {
        let id = EVP_PKEY_get_base_id(pointer)
        switch id {
        case EVP_PKEY_ED25519:
            return .ed25519
        case EVP_PKEY_EC:
            let group = groupName()
            switch group {
            case "prime256v1", "P-256", "secp256r1": return .p256
            case "secp384r1", "P-384": return .p384
            case nil: throw .unsupportedCurve("explicit curve parameters (only named curves are accepted)")
            case let name?: throw .unsupportedCurve(name)
            }
        case EVP_PKEY_RSA:
            return .rsa
        default:
            let name = EVP_PKEY_get0_type_name(pointer).map { String(cString: $0) } ?? "with OpenSSL id \(id)"
            throw .unsupportedKeyType(name)
        }
    }

    /// The curve's short name for an EC key (for example "prime256v1"), or nil.
    private func groupName() -> String? {
        var buffer = [CChar](repeating: 0, count: 80)
        var length = 0
        let ok = buffer.withUnsafeMutableBufferPointer {
            EVP_PKEY_get_group_name(pointer, $0.baseAddress, $0.count, &length)
        }
        guard ok == 1 else {
            OpenSSLErrorQueue.clear()
            return nil
        }
        return buffer.withUnsafeBufferPointer { pointer in
            String(decoding: pointer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
