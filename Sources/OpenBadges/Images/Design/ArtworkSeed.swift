/// Deterministic choices drawn from text: FNV-1a (64-bit) over the UTF-8 bytes, then a SplitMix64
/// sequence. The same achievement id gives the same design on every machine and every run, which
/// Swift's `Hasher` (randomly seeded per process) would not, and nothing here is security-relevant.
struct ArtworkSeed {
    private var state: UInt64

    /// A seed from the parts, each ended by a 0 byte so that ("ab", "c") and ("a", "bc") differ.
    init(_ parts: [String]) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
            hash &*= 0x0000_0100_0000_01B3  // the 0 separator: xor with 0 changes nothing, the multiply remains
        }
        state = hash
    }

    /// The next 64 well-mixed bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in 0..<count (count > 0). The modulo bias is below 2^-50 for the small counts used here.
    mutating func next(_ count: Int) -> Int { Int(next() % UInt64(max(1, count))) }

    /// One element of a non-empty array.
    mutating func pick<T>(_ choices: [T]) -> T { choices[next(choices.count)] }

    /// A short hexadecimal tag of the seed's first draw, for SVG element ids that must differ between
    /// two badges inlined in one page.
    mutating func tag() -> String {
        let digits = Array("0123456789abcdef".utf8)
        var value = next()
        var bytes: [UInt8] = []
        for _ in 0..<8 {
            bytes.append(digits[Int(value & 0xF)])
            value >>= 4
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
