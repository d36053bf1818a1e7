import COpenSSL

/// A message digest algorithm backed by OpenSSL's EVP interface.
public enum DigestAlgorithm: String, Sendable, CaseIterable {
    case sha256 = "SHA-256"
    case sha384 = "SHA-384"

    /// Length of the digest in bytes.
    public var outputLength: Int {
        switch self {
        case .sha256: 32
        case .sha384: 48
        }
    }

    var evpMD: OpaquePointer? {
        switch self {
        // The digests fetched once per process (an EVP_sha256() table would be looked up in the
        // provider again on every call); the static tables are the fallback should a fetch fail.
        case .sha256: MessageDigests.sha256 ?? EVP_sha256()
        case .sha384: MessageDigests.sha384 ?? EVP_sha384()
        }
    }

    /// Hashes `bytes` in one call.
    public func hash(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { hash($0) }
    }

    /// Hashes the bytes of `input` in one call.
    public func hash(_ input: UnsafeRawBufferPointer) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: outputLength)
        var length: UInt32 = 0
        let ok = output.withUnsafeMutableBufferPointer { out in
            EVP_Digest(input.baseAddress, input.count, out.baseAddress, &length, evpMD, nil)
        }
        // EVP_Digest only fails on allocation failure with a valid, fetched method.
        precondition(ok == 1 && Int(length) == outputLength, "OpenSSL digest failed")
        return output
    }
}

/// SHA-256, the digest of RDFC-1.0, eddsa-rdfc-2022 and identity hashes.
public enum SHA256 {
    public static func hash(_ bytes: [UInt8]) -> [UInt8] { DigestAlgorithm.sha256.hash(bytes) }
    public static func hash(_ string: String) -> [UInt8] { DigestAlgorithm.sha256.hash(Array(string.utf8)) }
}

/// SHA-384, used by the P-384 ECDSA cryptosuites.
public enum SHA384 {
    public static func hash(_ bytes: [UInt8]) -> [UInt8] { DigestAlgorithm.sha384.hash(bytes) }
    public static func hash(_ string: String) -> [UInt8] { DigestAlgorithm.sha384.hash(Array(string.utf8)) }
}

extension Sequence where Element == UInt8 {
    /// Lower-case hexadecimal, two digits per byte.
    public var hexString: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(underestimatedCount * 2)
        for byte in self {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
