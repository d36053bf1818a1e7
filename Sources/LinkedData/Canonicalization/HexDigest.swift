import BadgeCrypto

/// The "hash" of RDFC-1.0: the lower-case hex of a digest, which is how the algorithm sorts and
/// concatenates hashes. One OpenSSL call per hash, over a buffer the caller reuses.
struct HexDigest {
    let algorithm: DigestAlgorithm
    /// 64 for SHA-256, 96 for SHA-384.
    let hexLength: Int

    init(_ algorithm: DigestAlgorithm) {
        self.algorithm = algorithm
        self.hexLength = algorithm.outputLength * 2
    }

    /// Appends the hex hash of `bytes` to `out`.
    @inline(__always)
    func append(hashOf bytes: [UInt8], to out: inout [UInt8]) {
        for byte in algorithm.hash(bytes) {
            out.append(Self.hexDigit(byte >> 4))
            out.append(Self.hexDigit(byte & 0x0F))
        }
    }

    /// The hex hash of `bytes`.
    func hash(_ bytes: [UInt8]) -> [UInt8] {
        var hex: [UInt8] = []
        hex.reserveCapacity(hexLength)
        append(hashOf: bytes, to: &hex)
        return hex
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 &+ value : 0x57 &+ value }
}
