import COpenSSL

/// New key pairs from OpenSSL's default random generator.
///
/// `EVP_PKEY_Q_keygen` is variadic and cannot be called from Swift, so each generation spells out the
/// context, init and keygen steps.
enum KeyGeneration {
    static func ed25519() throws(KeyError) -> EVPKey {
        guard let context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nil) else {
            throw .openSSL("create an Ed25519 key generation context")
        }
        defer { EVP_PKEY_CTX_free(context) }
        return try generate(context, what: "Ed25519")
    }

    static func ec(_ curve: ECCurve) throws(KeyError) -> EVPKey {
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "EC", nil) else {
            throw .openSSL("create an EC key generation context")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_keygen_init(context) == 1,
              EVP_PKEY_CTX_set_group_name(context, curve.openSSLGroupName) == 1
        else { throw .openSSL("prepare \(curve.joseName) key generation") }
        return try generate(context, what: curve.joseName, initialized: true)
    }

    static func rsa(bits: Int) throws(KeyError) -> EVPKey {
        guard [2048, 3072, 4096].contains(bits) else { throw .unsupportedRSAKeySize(bits: bits) }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, "RSA", nil) else {
            throw .openSSL("create an RSA key generation context")
        }
        defer { EVP_PKEY_CTX_free(context) }
        guard EVP_PKEY_keygen_init(context) == 1,
              EVP_PKEY_CTX_set_rsa_keygen_bits(context, Int32(bits)) == 1
        else { throw .openSSL("prepare RSA key generation") }
        return try generate(context, what: "RSA-\(bits)", initialized: true)
    }

    private static func generate(_ context: OpaquePointer, what: String, initialized: Bool = false) throws(KeyError)
        -> EVPKey
    {
        if !initialized {
            guard EVP_PKEY_keygen_init(context) == 1 else { throw .openSSL("prepare \(what) key generation") }
        }
        var key: OpaquePointer?
        guard EVP_PKEY_keygen(context, &key) == 1, let key else { throw .openSSL("generate a \(what) key") }
        return EVPKey(taking: key)
    }
}
