/// Decompresses DEFLATE data (RFC 1951): stored blocks, blocks with the fixed Huffman code and blocks
/// with their own (dynamic) codes.
///
/// Input is hostile: every length is checked before it is used, back-references may not reach before
/// the start of the stream, and the output may not grow past the caller's limit, so a small stream that
/// claims gigabytes is refused after producing at most `limit` bytes. `Gzip` and `Zlib` wrap it.
public enum Inflater {
    /// The default bound on decompressed output: 16 MiB. Status lists are 16 KB to a few MB.
    public static let defaultMaxOutputBytes = 16 << 20

    /// Decompresses a raw DEFLATE stream that fills `bytes` exactly.
    public static func inflate(_ bytes: [UInt8], maxOutputBytes: Int = defaultMaxOutputBytes) throws(CompressionError) -> [UInt8] {
        var output = InflateOutput(limit: maxOutputBytes, expectedSize: bytes.count * 4)
        let end = try inflate(bytes, from: 0, to: bytes.count, into: &output)
        guard end == bytes.count else { throw .trailingData(offset: end, count: bytes.count - end) }
        return output.bytes()
    }

    /// Decompresses the DEFLATE stream starting at `start` into `output` and returns the offset of the
    /// first byte after it (the stream ends with the byte holding its last bit).
    static func inflate(_ bytes: [UInt8], from start: Int, to end: Int, into output: inout InflateOutput) throws(CompressionError) -> Int {
        var reader = DeflateBitReader(bytes, from: start, to: end)
        output.streamStart = output.count
        var block = 0
        while true {
            block += 1
            reader.part = "the header of block \(block)"
            let isFinal = try reader.bits(1) == 1
            let type = try reader.bits(2)
            switch type {
            case 0:
                try copyStoredBlock(bytes, &reader, block: block, into: &output)
            case 1:
                reader.part = "block \(block) (fixed Huffman codes)"
                try inflateBlock(&reader, literals: FixedCodes.literals, distances: FixedCodes.distances, into: &output)
            case 2:
                reader.part = "the Huffman tables of block \(block)"
                let (literals, distances) = try readDynamicCodes(&reader)
                reader.part = "block \(block) (dynamic Huffman codes)"
                try inflateBlock(&reader, literals: literals, distances: distances, into: &output)
            default:
                throw .corrupt(offset: reader.offset, reason: "block \(block) has the reserved block type 3")
            }
            if isFinal { return reader.alignToByte() }
        }
    }

    /// A stored block (§3.2.4): LEN, its complement NLEN, then LEN bytes as they are.
    private static func copyStoredBlock(_ bytes: [UInt8], _ reader: inout DeflateBitReader, block: Int,
                                        into output: inout InflateOutput) throws(CompressionError) {
        let at = reader.alignToByte()
        guard reader.available(from: at) >= 4 else {
            throw .truncated(offset: at + reader.available(from: at), inside: "the length of stored block \(block)")
        }
        let length = Int(bytes[at]) | Int(bytes[at + 1]) << 8
        let complement = Int(bytes[at + 2]) | Int(bytes[at + 3]) << 8
        guard length ^ 0xFFFF == complement else {
            throw .corrupt(offset: at, reason: "stored block \(block) has LEN \(length) but NLEN \(complement) is not its complement")
        }
        let dataStart = at + 4
        guard reader.available(from: dataStart) >= length else {
            throw .truncated(offset: dataStart + reader.available(from: dataStart), inside: "stored block \(block) (\(length) bytes announced)")
        }
        try output.append(bytes, from: dataStart, count: length, offset: dataStart)
        reader.resume(at: dataStart + length)
    }

    /// The code lengths of a dynamic block (§3.2.7), themselves Huffman-coded.
    private static func readDynamicCodes(_ reader: inout DeflateBitReader) throws(CompressionError) -> (HuffmanDecoder, HuffmanDecoder) {
        let headerOffset = reader.offset
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286 else {
            throw .corrupt(offset: headerOffset, reason: "a dynamic block declares \(literalCount) literal/length codes (at most 286 exist)")
        }
        guard distanceCount <= 30 else {
            throw .corrupt(offset: headerOffset, reason: "a dynamic block declares \(distanceCount) distance codes (at most 30 exist)")
        }
        var codeLengthLengths = [Int](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[codeLengthOrder[index]] = try reader.bits(3)
        }
        let codeLengthCode = try HuffmanDecoder(lengths: codeLengthLengths, allowIncomplete: false,
                                             offset: headerOffset, what: "code length")
        var lengths: [Int] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbolOffset = reader.offset
            let symbol = try codeLengthCode.decode(&reader)
            let repeated: Int
            let times: Int
            switch symbol {
            case 0...15:
                lengths.append(symbol)
                continue
            case 16:
                guard let previous = lengths.last else {
                    throw .corrupt(offset: symbolOffset, reason: "code length 16 (repeat the previous length) comes first")
                }
                repeated = previous
                times = 3 + (try reader.bits(2))
            case 17:
                repeated = 0
                times = 3 + (try reader.bits(3))
            default:
                repeated = 0
                times = 11 + (try reader.bits(7))
            }
            guard lengths.count + times <= literalCount + distanceCount else {
                throw .corrupt(offset: symbolOffset, reason: "a repeated code length runs past the \(literalCount + distanceCount) lengths declared")
            }
            lengths.append(contentsOf: repeatElement(repeated, count: times))
        }
        guard lengths[256] > 0 else {
            throw .corrupt(offset: headerOffset, reason: "the block's literal/length code has no code for the end of the block")
        }
        let literals = try HuffmanDecoder(lengths: Array(lengths[0..<literalCount]), allowIncomplete: true,
                                       offset: headerOffset, what: "literal/length")
        let distances = try HuffmanDecoder(lengths: Array(lengths[literalCount...]), allowIncomplete: true,
                                        offset: headerOffset, what: "distance")
        return (literals, distances)
    }

    /// The symbols of a Huffman-coded block until its end-of-block code (§3.2.5).
    private static func inflateBlock(_ reader: inout DeflateBitReader, literals: HuffmanDecoder, distances: HuffmanDecoder,
                                     into output: inout InflateOutput) throws(CompressionError) {
        while true {
            let symbolOffset = reader.offset
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                try output.append(UInt8(truncatingIfNeeded: symbol), offset: symbolOffset)
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < lengthBase.count else {
                throw .corrupt(offset: symbolOffset, reason: "the length code \(symbol) does not exist")
            }
            let length = lengthBase[lengthIndex] + (try reader.bits(lengthExtraBits[lengthIndex]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < distanceBase.count else {
                throw .corrupt(offset: symbolOffset, reason: "the distance code \(distanceSymbol) does not exist")
            }
            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtraBits[distanceSymbol]))
            try output.copyMatch(distance: distance, length: length, offset: symbolOffset)
        }
    }

    /// The order in which a dynamic block lists the code length code lengths (§3.2.7).
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Lengths and extra bits of length codes 257...285 (§3.2.5).
    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                             131, 163, 195, 227, 258]
    static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Distances and extra bits of distance codes 0...29 (§3.2.5).
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
                               2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtraBits = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12,
                                    13, 13]
}

/// The fixed Huffman codes of block type 1 (§3.2.6).
enum FixedCodes {
    /// Literal/length code lengths: 0-143 eight bits, 144-255 nine, 256-279 seven, 280-287 eight.
    static let literalLengths: [Int] = (0..<288).map { symbol in
        switch symbol {
        case 0...143: 8
        case 144...255: 9
        case 256...279: 7
        default: 8
        }
    }

    // The fixed lengths form complete codes, so building them cannot fail; `try?` keeps that fact out
    // of every caller's error handling (the tests decode fixed blocks).
    static let literals: HuffmanDecoder = (try? HuffmanDecoder(lengths: literalLengths, allowIncomplete: false, offset: 0,
                                                         what: "fixed literal/length")) ?? .empty
    /// Distance codes 0-31, all five bits (30 and 31 never occur in valid data).
    static let distances: HuffmanDecoder = (try? HuffmanDecoder(lengths: [Int](repeating: 5, count: 32), allowIncomplete: false,
                                                          offset: 0, what: "fixed distance")) ?? .empty
}
