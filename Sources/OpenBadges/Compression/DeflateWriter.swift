/// Laurel's DEFLATE compressor (RFC 1951), behind gzip, zlib and PNG. Output is checked by decoding
/// it, never by comparing bytes with another compressor (DEFLATE output is not unique).
public enum DeflateWriter {
    public enum Strategy: Sendable, Equatable {
        /// LZ77 matching with a dynamic Huffman code per block (stored where that is smaller): the
        /// smallest output, for badge images and status lists alike.
        case dynamic
        /// Stored blocks: no compression, for tests of the stored-block path.
        case stored
        /// One block with the fixed Huffman codes and greedy matching of repeats within 32 KB
        /// (a 16 KB list of zeros becomes about a hundred bytes).
        case fixedHuffman
    }

    /// The raw DEFLATE stream of `bytes`.
    public static func deflate(_ bytes: [UInt8], strategy: Strategy) -> [UInt8] {
        if case .dynamic = strategy { return DeflateEncoder.compress(bytes) }
        var writer = BitWriter(capacity: bytes.count / 2 + 16)
        switch strategy {
        case .stored: writeStored(bytes, into: &writer)
        case .fixedHuffman, .dynamic: writeFixed(bytes, into: &writer)
        }
        return writer.finish()
    }

    private static let maxStoredLength = 65535

    private static func writeStored(_ bytes: [UInt8], into writer: inout BitWriter) {
        var start = 0
        repeat {
            let length = min(maxStoredLength, bytes.count - start)
            let isFinal = start + length == bytes.count
            writer.write(UInt32(truncatingIfNeeded: isFinal ? 1 : 0), width: 1)
            writer.write(UInt32(truncatingIfNeeded: 0), width: 2)
            writer.alignToByte()
            writer.write(UInt32(truncatingIfNeeded: length), width: 16)
            writer.write(UInt32(truncatingIfNeeded: length ^ 0xFFFF), width: 16)
            writer.alignToByte()  // flushes LEN and NLEN, which the writer may still hold, before the raw bytes
            writer.appendAligned(bytes[start..<(start + length)])
            start += length
        } while start < bytes.count
    }

    private static let windowSize = 32768
    private static let minMatch = 3
    private static let maxMatch = 258
    private static let hashBits = 15

    private static func writeFixed(_ bytes: [UInt8], into writer: inout BitWriter) {
        writer.write(UInt32(truncatingIfNeeded: 1), width: 1)  // BFINAL
        writer.write(UInt32(truncatingIfNeeded: 1), width: 2)  // BTYPE 01: fixed Huffman codes
        // The most recent position of each 3-byte hash; one candidate per hash is enough for long runs.
        var head = [Int](repeating: -1, count: 1 << hashBits)
        func hash(_ at: Int) -> Int {
            (Int(bytes[at]) << 10 ^ Int(bytes[at + 1]) << 5 ^ Int(bytes[at + 2])) & ((1 << hashBits) - 1)
        }
        var index = 0
        while index < bytes.count {
            var matchLength = 0
            var matchDistance = 0
            if index + minMatch <= bytes.count {
                let key = hash(index)
                let candidate = head[key]
                head[key] = index
                if candidate >= 0 && index - candidate <= windowSize {
                    let limit = min(maxMatch, bytes.count - index)
                    var length = 0
                    while length < limit && bytes[candidate + length] == bytes[index + length] { length += 1 }
                    if length >= minMatch {
                        matchLength = length
                        matchDistance = index - candidate
                    }
                }
            }
            if matchLength == 0 {
                writeSymbol(Int(bytes[index]), into: &writer)
                index += 1
                continue
            }
            writeMatch(length: matchLength, distance: matchDistance, into: &writer)
            // Remember the positions inside the match, so later repeats of them are found.
            let end = index + matchLength
            var position = index + 1
            while position < end && position + minMatch <= bytes.count {
                head[hash(position)] = position
                position += 1
            }
            index = end
        }
        writeSymbol(256, into: &writer)
    }

    private static func writeMatch(length: Int, distance: Int, into writer: inout BitWriter) {
        let lengthIndex = lastIndex(in: Inflater.lengthBase, notAbove: length)
        writeSymbol(257 + lengthIndex, into: &writer)
        writer.write(UInt32(truncatingIfNeeded: length - Inflater.lengthBase[lengthIndex]), width: Inflater.lengthExtraBits[lengthIndex])
        let distanceIndex = lastIndex(in: Inflater.distanceBase, notAbove: distance)
        // Fixed distance codes are five bits, written most significant bit first like every Huffman code.
        writer.write(UInt32(truncatingIfNeeded: reversed(distanceIndex, bits: 5)), width: 5)
        writer.write(UInt32(truncatingIfNeeded: distance - Inflater.distanceBase[distanceIndex]), width: Inflater.distanceExtraBits[distanceIndex])
    }

    private static func writeSymbol(_ symbol: Int, into writer: inout BitWriter) {
        let (code, length) = fixedLiteralCodes[symbol]
        writer.write(UInt32(truncatingIfNeeded: code), width: length)
    }

    /// The index of the largest table value that is at most `value` (tables are ascending).
    private static func lastIndex(in table: [Int], notAbove value: Int) -> Int {
        var index = table.count - 1
        while index > 0 && table[index] > value { index -= 1 }
        return index
    }

    /// The fixed literal/length codes (§3.2.6), bit-reversed so the writer can emit them least
    /// significant bit first.
    private static let fixedLiteralCodes: [(code: Int, length: Int)] = {
        let lengths = FixedCodes.literalLengths
        var countPerLength = [Int](repeating: 0, count: HuffmanDecoder.maxBits + 1)
        for length in lengths { countPerLength[length] += 1 }
        // Canonical codes (§3.2.2): the first code of each length follows the last of the shorter ones.
        var nextCode = [Int](repeating: 0, count: HuffmanDecoder.maxBits + 1)
        var code = 0
        for length in 1...HuffmanDecoder.maxBits {
            code = (code + countPerLength[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            defer { nextCode[length] += 1 }
            return (reversed(nextCode[length], bits: length), length)
        }
    }()

    private static func reversed(_ value: Int, bits: Int) -> Int {
        var result = 0
        for bit in 0..<bits where value & (1 << bit) != 0 { result |= 1 << (bits - 1 - bit) }
        return result
    }
}
