/// Adler-32 (RFC 1950 §8.2), the checksum of the zlib format: two sums modulo 65521.
public enum Adler32 {
    private static let modulus: UInt32 = 65521
    /// The most bytes that can be summed before reducing without the 32-bit sums overflowing.
    private static let blockLength = 5552

    /// Continues a checksum: `update(checksum(a), b) == checksum(a + b)`. Start from 1.
    public static func update(_ adler: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var a = adler & 0xFFFF
        var b = adler >> 16
        var index = 0
        while index < bytes.count {
            let end = min(bytes.count, index + blockLength)
            while index < end {
                a &+= UInt32(bytes[index])
                b &+= a
                index += 1
            }
            a %= modulus
            b %= modulus
        }
        return b << 16 | a
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { update(1, $0) }
    }
}
