import COpenSSL

/// Builds an `EVP_PKEY` from its components with `OSSL_PARAM_BLD` and `EVP_PKEY_fromdata`.
///
/// The parameter builder keeps pointers to the key names, strings and BIGNUMs pushed into it until
/// `OSSL_PARAM_BLD_to_param` copies them, so every string is copied into memory owned here that lives
/// until then (Swift's temporary C strings would not).
enum KeyParameters {
    enum Value {
        case utf8(String)
        case octets([UInt8])
        case number(BigNumber)
    }

    /// Makes a key of `algorithm` ("EC", "RSA") from `entries`. `selection` is `EVP_PKEY_PUBLIC_KEY`
    /// or `EVP_PKEY_KEYPAIR`.
    static func makeKey(algorithm: String, selection: Int32, entries: [(String, Value)], what: String)
        throws(KeyError) -> EVPKey
    {
        guard let builder = OSSL_PARAM_BLD_new() else { throw .openSSL("allocate a parameter builder") }
        defer { OSSL_PARAM_BLD_free(builder) }
        var owned: [UnsafeMutableRawBufferPointer] = []
        defer {
            for buffer in owned {
                buffer.initializeMemory(as: UInt8.self, repeating: 0)
                buffer.deallocate()
            }
        }
        // Every copy has a zero byte after the data, which makes key names and UTF-8 strings C strings.
        func copy(_ bytes: [UInt8]) -> UnsafeMutableRawBufferPointer {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: bytes.count + 1, alignment: 1)
            buffer.initializeMemory(as: UInt8.self, repeating: 0)
            buffer.copyBytes(from: bytes)
            owned.append(buffer)
            return buffer
        }
        for (name, value) in entries {
            let key = copy(Array(name.utf8))
            let keyPointer = key.baseAddress?.assumingMemoryBound(to: CChar.self)
            let ok: Int32
            switch value {
            case .utf8(let text):
                let bytes = Array(text.utf8)
                let stored = copy(bytes)
                ok = OSSL_PARAM_BLD_push_utf8_string(
                    builder, keyPointer, stored.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count)
            case .octets(let bytes):
                let stored = copy(bytes)
                ok = OSSL_PARAM_BLD_push_octet_string(builder, keyPointer, stored.baseAddress, bytes.count)
            case .number(let number):
                ok = OSSL_PARAM_BLD_push_BN(builder, keyPointer, number.pointer)
            }
            guard ok == 1 else { throw .openSSL("add the \(name) parameter of a \(what) key") }
        }
        guard let params = OSSL_PARAM_BLD_to_param(builder) else {
            throw .openSSL("build the parameters of a \(what) key")
        }
        defer { OSSL_PARAM_free(params) }
        guard let context = EVP_PKEY_CTX_new_from_name(nil, algorithm, nil) else {
            throw .openSSL("create a \(what) key context")
        }
        defer { EVP_PKEY_CTX_free(context) }
        var key: OpaquePointer?
        guard EVP_PKEY_fromdata_init(context) == 1,
              EVP_PKEY_fromdata(context, &key, selection, params) == 1,
              let key
        else { throw .openSSL("import a \(what) key") }
        return EVPKey(taking: key)
    }
}

extension EVPKey {
    /// Runs one of OpenSSL's key checks (`EVP_PKEY_public_check_quick`, `EVP_PKEY_pairwise_check`).
    func passesCheck(_ check: (OpaquePointer?) -> Int32) -> Bool {
        guard let context = EVP_PKEY_CTX_new_from_pkey(nil, pointer, nil) else {
            OpenSSLErrorQueue.clear()
            return false
        }
        defer { EVP_PKEY_CTX_free(context) }
        let ok = check(context) == 1
        if !ok { OpenSSLErrorQueue.clear() }
        return ok
    }
}
