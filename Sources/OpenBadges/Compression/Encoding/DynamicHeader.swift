/// The header of a dynamic-Huffman block (RFC 1951, section 3.2.7): the literal/length and distance codes
/// fitted to the block's symbol frequencies, and their code lengths sent run-length encoded with a third
/// Huffman code.
struct DynamicHeader {
    let literalCode: HuffmanEncoder
    let distanceCode: HuffmanEncoder
    /// HLIT + 257 and HDIST + 1: how many code lengths of each code are sent.
    private let literalCount: Int
    private let distanceCount: Int
    private let codeLengthCode: HuffmanEncoder
    /// The run-length encoded code lengths: symbol 0...18 and the value of its extra bits.
    private let runs: [(symbol: Int, extra: UInt32)]
    /// How many code-length code lengths are sent (HCLEN + 4).
    private let codeLengthCount: Int

    init(literalFrequencies: [Int], distanceFrequencies: [Int]) {
        literalCode = HuffmanEncoder(lengths: HuffmanEncoder.lengths(frequencies: literalFrequencies, limit: 15))
        // A block without matches still sends one distance code length; giving two distance symbols a length
        // keeps the code complete, which every decoder accepts.
        var distanceLengths = HuffmanEncoder.lengths(frequencies: distanceFrequencies, limit: 15)
        if distanceLengths.allSatisfy({ $0 == 0 }) {
            distanceLengths[0] = 1
            distanceLengths[1] = 1
        }
        distanceCode = HuffmanEncoder(lengths: distanceLengths)

        literalCount = max(257, (literalCode.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceCode.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
        // One sequence: repeat codes may run from the literal lengths into the distance lengths.
        let sequence = Array(literalCode.lengths[0..<literalCount]) + Array(distanceCode.lengths[0..<distanceCount])
        runs = Self.runLengthEncoded(sequence)

        var frequencies = [Int](repeating: 0, count: 19)
        for run in runs { frequencies[run.symbol] += 1 }
        let codeLengthLengths = HuffmanEncoder.lengths(frequencies: frequencies, limit: 7)
        codeLengthCode = HuffmanEncoder(lengths: codeLengthLengths)
        let lastSent = DeflateTables.codeLengthOrder.lastIndex { codeLengthLengths[$0] != 0 } ?? 0
        codeLengthCount = max(4, lastSent + 1)
    }

    /// Bits the header takes (after the 3 block-header bits).
    var headerBits: Int {
        var bits = 5 + 5 + 4 + 3 * codeLengthCount
        for run in runs { bits += Int(codeLengthCode.lengths[run.symbol]) + Self.extraWidth(run.symbol) }
        return bits
    }

    func write(to writer: inout BitWriter) {
        writer.write(UInt32(literalCount - 257), width: 5)
        writer.write(UInt32(distanceCount - 1), width: 5)
        writer.write(UInt32(codeLengthCount - 4), width: 4)
        for symbol in DeflateTables.codeLengthOrder.prefix(codeLengthCount) {
            writer.write(UInt32(codeLengthCode.lengths[symbol]), width: 3)
        }
        for run in runs {
            writer.write(codeLengthCode.reversedCodes[run.symbol], width: Int(codeLengthCode.lengths[run.symbol]))
            let width = Self.extraWidth(run.symbol)
            if width > 0 { writer.write(run.extra, width: width) }
        }
    }

    private static func extraWidth(_ symbol: Int) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// Code lengths with runs folded: 16 repeats the previous length 3-6 times, 17 writes 3-10 zeros,
    /// 18 writes 11-138 zeros.
    private static func runLengthEncoded(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        var output: [(symbol: Int, extra: UInt32)] = []
        var index = 0
        while index < lengths.count {
            let value = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == value { run += 1 }
            index += run
            if value == 0 {
                while run >= 11 {
                    let take = min(run, 138)
                    output.append((18, UInt32(take - 11)))
                    run -= take
                }
                if run >= 3 {
                    output.append((17, UInt32(run - 3)))
                    run = 0
                }
                for _ in 0..<run { output.append((0, 0)) }
            } else {
                output.append((Int(value), 0))
                run -= 1
                while run >= 3 {
                    let take = min(run, 6)
                    output.append((16, UInt32(take - 3)))
                    run -= take
                }
                for _ in 0..<run { output.append((Int(value), 0)) }
            }
        }
        return output
    }
}
