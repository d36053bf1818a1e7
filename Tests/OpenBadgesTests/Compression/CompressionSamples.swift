import OpenBadges

/// Inputs that exercise different DEFLATE paths: empty, tiny, runs, text, incompressible bytes, sizes
/// around the 64 KB stored-block limit and the 32 KB window.
enum CompressionSamples {
    static func all() -> [(name: String, bytes: [UInt8])] {
        var generator = SystemRandomNumberGenerator()
        let random = (0..<70_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let text = Array(String(repeating: "Laurel issues and verifies Open Badges. ", count: 900).utf8)
        var sparse = [UInt8](repeating: 0, count: 16_384)
        for index in stride(from: 7, to: sparse.count, by: 997) { sparse[index] = 0x81 }
        let pattern = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 % 251) }
        return [
            ("empty", []),
            ("one byte", [0x42]),
            ("two bytes", [0, 0]),
            ("16 KB of zeros (the minimum status list)", [UInt8](repeating: 0, count: 16_384)),
            ("16 KB sparse list", sparse),
            ("repeated text", text),
            ("70 KB random", random),
            ("65,535 random bytes", Array(random[0..<65_535])),
            ("65,536 random bytes", Array(random[0..<65_536])),
            ("100 KB with a 251-byte period", pattern),
            ("200 KB of 0xFF", [UInt8](repeating: 0xFF, count: 200_000)),
        ]
    }
}

/// Builds DEFLATE streams by hand, independently of Laurel's writer, for hostile inputs.
struct TestBitWriter {
    var bytes: [UInt8] = []
    private var buffer = 0
    private var count = 0

    /// `value`'s low `bits` bits, least significant first (DEFLATE's order for fields).
    mutating func field(_ value: Int, _ bits: Int) {
        for bit in 0..<bits { put((value >> bit) & 1) }
    }

    /// A Huffman code of `length` bits, most significant bit first (DEFLATE's order for codes).
    mutating func code(_ value: Int, _ length: Int) {
        for bit in stride(from: length - 1, through: 0, by: -1) { put((value >> bit) & 1) }
    }

    /// `count` zero bits, appended a byte at a time where possible (a bomb's body is millions of them).
    mutating func zeros(_ count: Int) {
        var left = count
        while left > 0 && self.count != 0 { put(0); left -= 1 }
        bytes.append(contentsOf: repeatElement(0, count: left / 8))
        for _ in 0..<(left % 8) { put(0) }
    }

    private mutating func put(_ bit: Int) {
        buffer |= bit << count
        count += 1
        if count == 8 {
            bytes.append(UInt8(buffer))
            buffer = 0
            count = 0
        }
    }

    mutating func finish() -> [UInt8] {
        if count > 0 { bytes.append(UInt8(buffer)) }
        buffer = 0
        count = 0
        return bytes
    }
}

/// A "zip bomb": one dynamic Huffman block whose code gives the length-258 match a one-bit code and
/// distance 1 a one-bit code, so every two bits of input repeat the previous byte 258 more times.
enum DeflateBomb {
    /// A raw DEFLATE stream that expands to exactly `1 + 258 * matches` zero bytes.
    static func deflate(matches: Int) -> [UInt8] {
        var w = TestBitWriter()
        w.field(1, 1)  // BFINAL
        w.field(2, 2)  // dynamic Huffman codes
        w.field(286 - 257, 5)  // HLIT: literal/length codes 0...285
        w.field(1 - 1, 5)  // HDIST: one distance code
        w.field(18 - 4, 4)  // HCLEN: code length code lengths up to symbol 1 in the transmission order
        // Code length code: symbol 18 -> "0" (1 bit), 1 -> "10", 2 -> "11". Order: 16 17 18 0 8 7 9 6 10 5 11 4 12 3 13 2 14 1.
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1]
        let codeLengthLengths = [18: 1, 1: 2, 2: 2]
        for symbol in order { w.field(codeLengthLengths[symbol] ?? 0, 3) }
        func length(_ value: Int) { value == 1 ? w.code(0b10, 2) : w.code(0b11, 2) }  // lengths 1 or 2
        func zeros(_ run: Int) { w.code(0, 1); w.field(run - 11, 7) }  // symbol 18: 11...138 zeros
        // Literal/length lengths: 0 -> 2 bits, 1...255 -> none, 256 -> 2 bits, 257...284 -> none, 285 -> 1 bit.
        length(2); zeros(138); zeros(117); length(2); zeros(28); length(1)
        length(1)  // the single distance code (distance 1): one bit
        // Canonical codes: 285 -> "0", 0 -> "10", 256 -> "11"; distance 0 -> "0".
        w.code(0b10, 2)  // literal 0
        w.zeros(2 * matches)  // each match: length 258 ("0"), distance 1 ("0")
        w.code(0b11, 2)  // end of block
        return w.finish()
    }

    /// The same stream in a gzip member whose trailer claims `1 + 258 * matches` bytes with CRC `crc`.
    static func gzip(matches: Int, crc: UInt32 = 0) -> [UInt8] {
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] + deflate(matches: matches)
        let size = UInt32(truncatingIfNeeded: 1 + 258 * matches)
        for value in [crc, size] { for shift in [0, 8, 16, 24] { out.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) } }
        return out
    }
}

/// Byte equality without printing both arrays when it fails (they can be megabytes).
func sameBytes(_ a: [UInt8], _ b: [UInt8]) -> Bool { a == b }
