/// Reads the bits of a DEFLATE stream (RFC 1951 §3.1.1): bytes in order, the bits of each byte from the
/// least significant. Multi-bit fields come out least significant bit first, as DEFLATE stores them.
///
/// `part` names what is being read, so a stream that ends early is reported with the place it ended in.
struct DeflateBitReader {
    private let bytes: [UInt8]
    private let end: Int
    /// The next byte to move into `buffer`.
    private var position: Int
    /// Bits already loaded and not yet consumed, the next one in bit 0.
    private var buffer: UInt64 = 0
    private var bufferedBits = 0
    /// What is being read, for truncation errors.
    var part = "a block header"

    init(_ bytes: [UInt8], from start: Int, to end: Int) {
        self.bytes = bytes
        self.position = start
        self.end = end
    }

    /// The offset of the byte holding the next unread bit.
    var offset: Int { position - (bufferedBits + 7) / 8 }

    /// The next `count` bits (at most 32) as an integer.
    @inline(__always)
    mutating func bits(_ count: Int) throws(CompressionError) -> Int {
        while bufferedBits < count {
            guard position < end else { throw .truncated(offset: end, inside: part) }
            buffer |= UInt64(bytes[position]) << UInt64(bufferedBits)
            position += 1
            bufferedBits += 8
        }
        let value = Int(truncatingIfNeeded: buffer & ((UInt64(1) << UInt64(count)) - 1))
        buffer >>= UInt64(count)
        bufferedBits -= count
        return value
    }

    /// The next single bit.
    @inline(__always)
    mutating func bit() throws(CompressionError) -> Int {
        if bufferedBits == 0 {
            guard position < end else { throw .truncated(offset: end, inside: part) }
            buffer = UInt64(bytes[position])
            position += 1
            bufferedBits = 8
        }
        let value = Int(truncatingIfNeeded: buffer & 1)
        buffer >>= 1
        bufferedBits -= 1
        return value
    }

    /// Skips to the next byte boundary and returns its offset; reading then continues from there.
    /// Whole bytes already loaded are given back, so none is lost.
    mutating func alignToByte() -> Int {
        let next = position - bufferedBits / 8
        position = next
        buffer = 0
        bufferedBits = 0
        return next
    }

    /// Continues reading at `offset` (after bytes were consumed directly, as in a stored block).
    mutating func resume(at offset: Int) {
        position = offset
        buffer = 0
        bufferedBits = 0
    }

    /// The number of input bytes from `offset` to the end.
    func available(from offset: Int) -> Int { end - offset }
}
