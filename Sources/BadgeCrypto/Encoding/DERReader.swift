/// A minimal reader of DER TLVs (definite lengths, single-byte tags), enough to inspect the few ASN.1
/// structures Laurel checks before handing them to OpenSSL. Every read is bounds-checked and returns
/// nil on malformed input.
struct DERReader {
    private let bytes: [UInt8]
    private(set) var position: Int
    private let end: Int

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        position = 0
        end = bytes.count
    }

    private init(bytes: [UInt8], start: Int, end: Int) {
        self.bytes = bytes
        position = start
        self.end = end
    }

    var isAtEnd: Bool { position == end }

    /// The tag of the next element, without consuming it.
    var peekTag: UInt8? { position < end ? bytes[position] : nil }

    /// Reads an element with `tag`; returns a reader over its contents.
    mutating func read(tag: UInt8) -> DERReader? {
        guard position < end, bytes[position] == tag else { return nil }
        var cursor = position + 1
        guard cursor < end else { return nil }
        let first = bytes[cursor]
        cursor += 1
        var length = 0
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            // Four length bytes cover anything Laurel reads; indefinite lengths (0x80) are not DER.
            guard count >= 1, count <= 4, cursor + count <= end else { return nil }
            for _ in 0..<count {
                length = length << 8 | Int(bytes[cursor])
                cursor += 1
            }
        }
        guard length >= 0, cursor + length <= end else { return nil }
        position = cursor + length
        return DERReader(bytes: bytes, start: cursor, end: cursor + length)
    }

    /// The remaining bytes of this reader's element.
    var contents: [UInt8] { Array(bytes[position..<end]) }

    /// Reads a non-negative INTEGER that fits 63 bits.
    mutating func readSmallInteger() -> UInt64? {
        guard let integer = read(tag: 0x02) else { return nil }
        let value = integer.contents
        guard !value.isEmpty, value[0] & 0x80 == 0 else { return nil }
        let significant = value.drop { $0 == 0 }
        guard significant.count <= 8 else { return nil }
        var result: UInt64 = 0
        for byte in significant { result = result << 8 | UInt64(byte) }
        return result <= UInt64(Int64.max) ? result : nil
    }
}
