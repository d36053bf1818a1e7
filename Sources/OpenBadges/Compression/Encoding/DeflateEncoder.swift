/// Compresses bytes into a raw DEFLATE stream (RFC 1951).
///
/// The input is parsed into literals and matches by ``LZ77Matcher`` and sent as one final block, in
/// whichever of the three block types is smallest for it: dynamic Huffman codes fitted to the data
/// (almost always, for images), the fixed codes, or stored bytes (for data that does not compress).
enum DeflateEncoder {
    static func compress(_ data: [UInt8]) -> [UInt8] {
        data.withUnsafeBufferPointer { compress($0) }
    }

    static func compress(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let tokens = LZ77Matcher().tokens(data)
        var literalFrequencies = [Int](repeating: 0, count: 286)
        var distanceFrequencies = [Int](repeating: 0, count: 30)
        var extraBits = 0
        for token in tokens {
            if token.isMatch {
                let lengthIndex = Int(DeflateTables.lengthSymbol[token.length])
                let distanceIndex = DeflateTables.distanceSymbol(token.distance)
                literalFrequencies[257 + lengthIndex] += 1
                distanceFrequencies[distanceIndex] += 1
                extraBits += Int(DeflateTables.lengthExtraBits[lengthIndex])
                    + Int(DeflateTables.distanceExtraBits[distanceIndex])
            } else {
                literalFrequencies[Int(token.byte)] += 1
            }
        }
        literalFrequencies[256] = 1  // end of block

        let dynamic = DynamicHeader(literalFrequencies: literalFrequencies, distanceFrequencies: distanceFrequencies)
        let dynamicBits = 3 + dynamic.headerBits + extraBits
            + cost(literalFrequencies, dynamic.literalCode.lengths) + cost(distanceFrequencies, dynamic.distanceCode.lengths)
        let fixedBits = 3 + extraBits + cost(literalFrequencies, DeflateTables.fixedLiteralLengths)
            + cost(distanceFrequencies, DeflateTables.fixedDistanceLengths)
        // A stored block: 3 header bits padded to a byte, then LEN and NLEN, per 65,535 bytes.
        let storedBits = (max(1, (data.count + 65_534) / 65_535) * 5 + data.count) * 8

        var writer = BitWriter(capacity: min(dynamicBits, fixedBits) / 8 + 64)
        if storedBits <= min(dynamicBits, fixedBits) {
            writeStored(data, to: &writer)
        } else if dynamicBits <= fixedBits {
            writer.write(1, width: 1)  // BFINAL
            writer.write(2, width: 2)  // BTYPE 10: dynamic Huffman codes
            dynamic.write(to: &writer)
            writeTokens(tokens, literal: dynamic.literalCode, distance: dynamic.distanceCode, to: &writer)
        } else {
            writer.write(1, width: 1)
            writer.write(1, width: 2)  // BTYPE 01: fixed Huffman codes
            writeTokens(tokens, literal: fixedLiteralCode, distance: fixedDistanceCode, to: &writer)
        }
        return writer.finish()
    }

    private static let fixedLiteralCode = HuffmanEncoder(lengths: DeflateTables.fixedLiteralLengths)
    private static let fixedDistanceCode = HuffmanEncoder(lengths: DeflateTables.fixedDistanceLengths)

    /// Bits the symbols cost under a code (extra bits not included).
    private static func cost(_ frequencies: [Int], _ lengths: [UInt8]) -> Int {
        var bits = 0
        for (symbol, frequency) in frequencies.enumerated() where frequency > 0 { bits += frequency * Int(lengths[symbol]) }
        return bits
    }

    private static func writeTokens(
        _ tokens: [LZ77Token], literal: HuffmanEncoder, distance: HuffmanEncoder, to writer: inout BitWriter
    ) {
        literal.reversedCodes.withUnsafeBufferPointer { literalCodes in
            literal.lengths.withUnsafeBufferPointer { literalLengths in
                for token in tokens {
                    if token.isMatch {
                        let length = token.length
                        let lengthIndex = Int(DeflateTables.lengthSymbol[length])
                        let symbol = 257 + lengthIndex
                        writer.write(literalCodes[symbol], width: Int(literalLengths[symbol]))
                        let lengthExtra = Int(DeflateTables.lengthExtraBits[lengthIndex])
                        if lengthExtra > 0 {
                            writer.write(UInt32(length - Int(DeflateTables.lengthBase[lengthIndex])), width: lengthExtra)
                        }
                        let distanceValue = token.distance
                        let distanceIndex = DeflateTables.distanceSymbol(distanceValue)
                        writer.write(distance.reversedCodes[distanceIndex], width: Int(distance.lengths[distanceIndex]))
                        let distanceExtra = Int(DeflateTables.distanceExtraBits[distanceIndex])
                        if distanceExtra > 0 {
                            writer.write(UInt32(distanceValue - Int(DeflateTables.distanceBase[distanceIndex])),
                                         width: distanceExtra)
                        }
                    } else {
                        let symbol = Int(token.byte)
                        writer.write(literalCodes[symbol], width: Int(literalLengths[symbol]))
                    }
                }
                writer.write(literalCodes[256], width: Int(literalLengths[256]))
            }
        }
    }

    /// Stored blocks (section 3.2.4) of at most 65,535 bytes; an empty input is one empty block.
    private static func writeStored(_ data: UnsafeBufferPointer<UInt8>, to writer: inout BitWriter) {
        var start = 0
        repeat {
            let length = min(65_535, data.count - start)
            let final: UInt32 = start + length == data.count ? 1 : 0
            writer.write(final, width: 1)
            writer.write(0, width: 2)
            writer.alignToByte()
            writer.write(UInt32(length), width: 16)
            writer.write(UInt32(~length & 0xFFFF), width: 16)
            writer.alignToByte()
            writer.appendAligned(data[start..<(start + length)])
            start += length
        } while start < data.count
    }
}
