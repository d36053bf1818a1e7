import COpenSSL

/// DER encodings of keys through OpenSSL: PKCS#8 `PrivateKeyInfo`, `EncryptedPrivateKeyInfo`
/// (PBES2), and X.509 `SubjectPublicKeyInfo`.
enum PKCS8 {
    static let maxPassphraseBytes = 1024

    // MARK: Decoding

    static func decodePrivateKey(der: [UInt8]) throws(PEMError) -> EVPKey {
        let info = try decode(der, what: "PKCS#8 PrivateKeyInfo", free: PKCS8_PRIV_KEY_INFO_free) {
            d2i_PKCS8_PRIV_KEY_INFO(nil, &$0, $1)
        }
        defer { PKCS8_PRIV_KEY_INFO_free(info) }
        guard let key = EVP_PKCS82PKEY(info) else {
            throw .invalidDER(what: "PKCS#8 PrivateKeyInfo", reason: OpenSSLErrorQueue.drain())
        }
        return EVPKey(taking: key)
    }

    static func decodeEncryptedPrivateKey(der: [UInt8], passphrase: String) throws(PEMError) -> EVPKey {
        let secret = try checkedPassphrase(passphrase)
        try PBES2Limits.check(der)
        let encrypted = try decode(der, what: "PKCS#8 EncryptedPrivateKeyInfo", free: X509_SIG_free) {
            d2i_X509_SIG(nil, &$0, $1)
        }
        defer { X509_SIG_free(encrypted) }
        let info = secret.withUnsafeBufferPointer { pass in
            pass.withMemoryRebound(to: CChar.self) { PKCS8_decrypt(encrypted, $0.baseAddress, Int32($0.count)) }
        }
        guard let info else {
            OpenSSLErrorQueue.clear()
            throw .wrongPassphrase
        }
        defer { PKCS8_PRIV_KEY_INFO_free(info) }
        guard let key = EVP_PKCS82PKEY(info) else {
            // Decryption can succeed by chance with a wrong passphrase (the CBC padding check passes
            // about once in 256 tries); the garbage then fails here.
            OpenSSLErrorQueue.clear()
            throw .wrongPassphrase
        }
        return EVPKey(taking: key)
    }

    static func decodePublicKey(der: [UInt8]) throws(PEMError) -> EVPKey {
        let key = try decode(der, what: "SubjectPublicKeyInfo", free: EVP_PKEY_free) { d2i_PUBKEY(nil, &$0, $1) }
        return EVPKey(taking: key)
    }

    /// Runs a `d2i_*` function over all of `der`, refusing trailing bytes.
    private static func decode(
        _ der: [UInt8], what: String, free: (OpaquePointer?) -> Void,
        _ parse: (inout UnsafePointer<UInt8>?, Int) -> OpaquePointer?
    ) throws(PEMError) -> OpaquePointer {
        guard !der.isEmpty else { throw .invalidDER(what: what, reason: "no bytes") }
        let result = der.withUnsafeBufferPointer { buffer -> (OpaquePointer?, Int) in
            var cursor: UnsafePointer<UInt8>? = buffer.baseAddress
            let object = parse(&cursor, buffer.count)
            let consumed = cursor.flatMap { end in buffer.baseAddress.map { end - $0 } } ?? 0
            return (object, consumed)
        }
        guard let object = result.0 else { throw .invalidDER(what: what, reason: OpenSSLErrorQueue.drain()) }
        guard result.1 == der.count else {
            free(object)
            throw .invalidDER(what: what, reason: "\(der.count - result.1) bytes follow the structure")
        }
        return object
    }

    private static func checkedPassphrase(_ passphrase: String) throws(PEMError) -> [UInt8] {
        let bytes = Array(passphrase.utf8)
        guard !bytes.isEmpty else { throw .invalidPassphrase("it is empty") }
        guard bytes.count <= maxPassphraseBytes else {
            throw .invalidPassphrase("longer than \(maxPassphraseBytes) bytes")
        }
        return bytes
    }

    // MARK: Encoding

    static func encodePrivateKey(_ key: EVPKey) throws(PEMError) -> [UInt8] {
        guard let info = EVP_PKEY2PKCS8(key.pointer) else {
            throw .exportFailed(reason: OpenSSLErrorQueue.drain())
        }
        defer { PKCS8_PRIV_KEY_INFO_free(info) }
        return try encode { i2d_PKCS8_PRIV_KEY_INFO(info, $0) }
    }

    static func encodeEncryptedPrivateKey(_ key: EVPKey, passphrase: String, encryption: PrivateKeyEncryption)
        throws(PEMError) -> [UInt8]
    {
        let secret = try checkedPassphrase(passphrase)
        guard let cipher = EVP_aes_256_cbc() else { throw .exportFailed(reason: "AES-256-CBC is unavailable") }
        var salt = [UInt8](repeating: 0, count: 16)
        guard salt.withUnsafeMutableBufferPointer({ RAND_bytes($0.baseAddress, Int32($0.count)) }) == 1 else {
            throw .exportFailed(reason: OpenSSLErrorQueue.drain())
        }
        let algorithm: UnsafeMutablePointer<X509_ALGOR>?
        switch encryption {
        case .pbkdf2(let iterations):
            guard iterations >= 1, UInt64(iterations) <= PBES2Limits.maxIterations else {
                throw .encryptionTooCostly("PBKDF2 with \(iterations) iterations")
            }
            algorithm = salt.withUnsafeMutableBufferPointer {
                PKCS5_pbe2_set_iv_ex(cipher, Int32(iterations), $0.baseAddress, Int32($0.count), nil,
                                     NID_hmacWithSHA256, nil)
            }
        case .scrypt(let n, let r, let p):
            guard n > 1, n & (n - 1) == 0, n <= PBES2Limits.maxScryptN, r >= 1, r <= 64, p >= 1, p <= 64 else {
                throw .encryptionTooCostly("scrypt with N=\(n), r=\(r), p=\(p)")
            }
            algorithm = salt.withUnsafeBufferPointer {
                PKCS5_pbe2_set_scrypt(cipher, $0.baseAddress, Int32($0.count), nil, n, r, p)
            }
        }
        guard let algorithm else { throw .exportFailed(reason: OpenSSLErrorQueue.drain()) }
        guard let info = EVP_PKEY2PKCS8(key.pointer) else {
            X509_ALGOR_free(algorithm)
            throw .exportFailed(reason: OpenSSLErrorQueue.drain())
        }
        defer { PKCS8_PRIV_KEY_INFO_free(info) }
        let sealed = secret.withUnsafeBufferPointer { pass in
            pass.withMemoryRebound(to: CChar.self) { PKCS8_set0_pbe($0.baseAddress, Int32($0.count), info, algorithm) }
        }
        guard let sealed else {
            // PKCS8_set0_pbe takes ownership of the algorithm only on success.
            X509_ALGOR_free(algorithm)
            throw .exportFailed(reason: OpenSSLErrorQueue.drain())
        }
        defer { X509_SIG_free(sealed) }
        return try encode { i2d_X509_SIG(sealed, $0) }
    }

    static func encodePublicKey(_ key: EVPKey) throws(PEMError) -> [UInt8] {
        try encode { i2d_PUBKEY(key.pointer, $0) }
    }

    /// The two-call `i2d_*` pattern: measure, then write into a buffer of that size.
    private static func encode(_ write: (UnsafeMutablePointer<UnsafeMutablePointer<UInt8>?>?) -> Int32)
        throws(PEMError) -> [UInt8]
    {
        let length = write(nil)
        guard length > 0 else { throw .exportFailed(reason: OpenSSLErrorQueue.drain()) }
        var out = [UInt8](repeating: 0, count: Int(length))
        let written = out.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var cursor = buffer.baseAddress
            return write(&cursor)
        }
        guard written == length else { throw .exportFailed(reason: OpenSSLErrorQueue.drain()) }
        return out
    }
}
