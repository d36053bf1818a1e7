/// A canonical Huffman code as DEFLATE defines it (RFC 1951 §3.2.2): the code is fully determined by
/// the bit length of each symbol's code. Decoding walks the lengths one bit at a time, comparing the
/// code read so far with the range of codes of that length, so the tables stay small (16 counts and
/// one symbol per code) and building one per dynamic block costs almost nothing.
struct HuffmanDecoder {
    static let maxBits = 15

    /// How many codes have each length, 0...15 (`counts[0]` is unused).
    private var counts: [Int]
    /// The symbols ordered by code: by length, then by symbol value.
    private var symbols: [Int]

    /// Builds the code for `lengths` (one per symbol, 0 for "unused").
    ///
    /// An over-subscribed set of lengths (more codes than the bit lengths allow) is refused. An
    /// incomplete set is accepted only when `allowIncomplete` and it is a single code of one bit, the
    /// one case RFC 1951 requires ("one distance code ... encoded using one bit"); decoding the unused
    /// code then fails as corrupt data.
    init(lengths: [Int], allowIncomplete: Bool, offset: Int, what: String) throws(CompressionError) {
        var counts = [Int](repeating: 0, count: Self.maxBits + 1)
        for length in lengths { counts[length] += 1 }
        counts[0] = 0
        // Codes of each length still unassigned; it may never go negative (over-subscribed).
        var left = 1
        for length in 1...Self.maxBits {
            left = left << 1 - counts[length]
            guard left >= 0 else {
                throw .corrupt(offset: offset, reason: "the \(what) code lengths describe more codes than exist (over-subscribed)")
            }
        }
        let used = lengths.reduce(0) { $0 + ($1 > 0 ? 1 : 0) }
        if left > 0 && used > 0 {
            let singleOneBitCode = used == 1 && counts[1] == 1
            guard allowIncomplete && singleOneBitCode else {
                throw .corrupt(offset: offset, reason: "the \(what) code lengths leave codes unassigned (incomplete code)")
            }
        }
        var next = [Int](repeating: 0, count: Self.maxBits + 2)
        for length in 1...Self.maxBits { next[length + 1] = next[length] + counts[length] }
        var symbols = [Int](repeating: 0, count: used)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            symbols[next[length]] = symbol
            next[length] += 1
        }
        self.counts = counts
        self.symbols = symbols
    }

    /// A code with no symbols: every decode fails as corrupt data.
    static let empty = HuffmanDecoder(counts: [Int](repeating: 0, count: maxBits + 1), symbols: [])

    private init(counts: [Int], symbols: [Int]) {
        self.counts = counts
        self.symbols = symbols
    }

    /// Reads one symbol. Huffman codes are stored most significant bit first, so each new bit is the
    /// next lower bit of the code.
    func decode(_ reader: inout DeflateBitReader) throws(CompressionError) -> Int {
        var code = 0
        var first = 0  // the first code of the current length
        var index = 0  // the index in `symbols` of that first code
        for length in 1...Self.maxBits {
            code |= try reader.bit()
            let count = counts[length]
            if code - first < count { return symbols[index + code - first] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .corrupt(offset: reader.offset, reason: "a bit sequence that is no code of the block's Huffman table")
    }
}
