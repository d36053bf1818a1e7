import COpenSSL

/// Owns one OpenSSL `BIGNUM`, cleared and freed when released (it may hold a private value).
final class BigNumber {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    /// The unsigned big-endian integer in `bytes`.
    init(bytes: [UInt8]) throws(KeyError) {
        let created = bytes.withUnsafeBufferPointer { BN_bin2bn($0.baseAddress, Int32($0.count), nil) }
        guard let created else { throw .openSSL("convert bytes to a big number") }
        pointer = created
    }

    deinit {
        BN_clear_free(pointer)
    }

    var isZero: Bool { BN_is_zero(pointer) == 1 }

    var bitCount: Int { Int(BN_num_bits(pointer)) }

    var byteCount: Int { Int(laurel_bn_num_bytes(pointer)) }

    /// Big-endian bytes without leading zeros (empty for zero).
    var minimalBytes: [UInt8] {
        let count = byteCount
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = Int(BN_bn2bin(pointer, buffer.baseAddress))
        }
    }

    /// Big-endian bytes left-padded with zeros to `length`; nil when the number does not fit.
    func bytes(paddedTo length: Int) -> [UInt8]? {
        guard byteCount <= length else { return nil }
        var out = [UInt8](repeating: 0, count: length)
        let written = out.withUnsafeMutableBufferPointer { BN_bn2binpad(pointer, $0.baseAddress, Int32(length)) }
        return written == Int32(length) ? out : nil
    }
}

extension EVPKey {
    /// A BIGNUM-valued key parameter (`OSSL_PKEY_PARAM_RSA_N`, `OSSL_PKEY_PARAM_EC_PUB_X`, ...).
    func bigNumberParameter(_ name: String) throws(KeyError) -> BigNumber {
        var number: OpaquePointer?
        guard EVP_PKEY_get_bn_param(pointer, name, &number) == 1, let number else {
            throw .openSSL("read the key parameter \(name)")
        }
        return BigNumber(taking: number)
    }
}
