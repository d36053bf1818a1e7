/// Packs bit fields into bytes the way DEFLATE wants them: least significant bit first (RFC 1951,
/// section 3.1.1). Huffman codes, which are defined most significant bit first, are stored pre-reversed by
/// ``HuffmanEncoder`` so that every write here is a plain LSB-first field.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends the low `width` bits of `value` (width at most 32).
    @inline(__always)
    mutating func write(_ value: UInt32, width: Int) {
        buffer |= UInt64(value & (width == 32 ? 0xFFFF_FFFF : (UInt32(1) << UInt32(width)) &- 1)) << UInt64(count)
        count += width
        // Flush whole bytes once half the register is used, so the next write of up to 32 bits always fits.
        while count >= 32 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// Pads with zero bits to the next byte boundary (stored blocks and the end of the stream need it).
    mutating func alignToByte() {
        while count > 0 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count = max(0, count - 8)
        }
        buffer = 0
    }

    /// Appends whole bytes. Call `alignToByte()` first: it also flushes the bits still held in the register.
    mutating func appendAligned<S: Sequence>(_ data: S) where S.Element == UInt8 {
        bytes.append(contentsOf: data)
    }

    /// The bytes written so far, the last partial byte padded with zeros.
    mutating func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }
}
