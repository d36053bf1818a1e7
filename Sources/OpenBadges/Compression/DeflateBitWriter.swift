/// Writes the bits of a DEFLATE stream: least significant bit of each byte first (RFC 1951 §3.1.1).
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var bufferedBits = 0

    /// Appends the low `count` bits of `value`, least significant first.
    mutating func write(_ value: Int, bits count: Int) {
        let field = UInt64(truncatingIfNeeded: value) & ((UInt64(1) << UInt64(count)) - 1)
        buffer |= field << UInt64(bufferedBits)
        bufferedBits += count
        while bufferedBits >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            bufferedBits -= 8
        }
    }

    /// Pads with zero bits to the next byte boundary.
    mutating func alignToByte() {
        if bufferedBits > 0 { write(0, bits: 8 - bufferedBits) }
    }

    /// Appends whole bytes; the writer must be byte-aligned.
    mutating func append(_ data: ArraySlice<UInt8>) {
        bytes.append(contentsOf: data)
    }

    consuming func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }
}
