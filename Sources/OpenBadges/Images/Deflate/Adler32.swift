/// Adler-32 (RFC 1950, section 8.2), the checksum that ends a zlib stream.
enum Adler32 {
    private static let modulus: UInt32 = 65_521
    /// The most bytes that can be summed before reducing without overflowing 32 bits (the "NMAX" bound
    /// that follows from 255·n(n+1)/2 + (n+1)(modulus-1) < 2^32).
    private static let blockLength = 5_552

    static func checksum(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
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

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { checksum($0) }
    }
}
