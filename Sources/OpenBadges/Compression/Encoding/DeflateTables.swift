/// The length and distance alphabets of DEFLATE (RFC 1951, section 3.2.5), as lookup tables built once.
///
/// A match length (3...258) is sent as one of 29 length symbols (257...285) followed by extra bits; a
/// distance (1...32768) as one of 30 distance symbols followed by extra bits. The tables map a length or
/// distance straight to its symbol so that encoding a match costs two array reads.
enum DeflateTables {
    /// Extra bits of length symbols 257...285.
    static let lengthExtraBits: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                                           5, 5, 5, 5, 0]
    /// Extra bits of distance symbols 0...29.
    static let distanceExtraBits: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                             11, 11, 12, 12, 13, 13]

    /// The smallest length each length symbol stands for. The bases follow from the extra bits, except that
    /// symbol 285 is 258 (not 259: RFC 1951 gives it no extra bits so that 258 costs a single symbol).
    static let lengthBase: [UInt16] = {
        var bases: [UInt16] = []
        var base: UInt16 = 3
        for extra in lengthExtraBits.dropLast() {
            bases.append(base)
            base += UInt16(1) << UInt16(extra)
        }
        bases.append(258)
        return bases
    }()

    /// The smallest distance each distance symbol stands for.
    static let distanceBase: [UInt16] = {
        var bases: [UInt16] = []
        var base: UInt32 = 1
        for extra in distanceExtraBits {
            bases.append(UInt16(base))
            base += UInt32(1) << UInt32(extra)
        }
        return bases
    }()

    /// Length (0...258) to length symbol index (0...28, add 257 for the symbol); entries below 3 unused.
    static let lengthSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 259)
        for index in 0..<lengthBase.count {
            let low = Int(lengthBase[index])
            let high = index + 1 < lengthBase.count ? min(258, Int(lengthBase[index + 1]) - 1) : 258
            for length in low...high { table[length] = UInt8(index) }
        }
        return table
    }()

    /// Distance symbols for distances 1...256, indexed by distance - 1.
    private static let nearDistanceSymbol: [UInt8] = distanceSymbols { $0 }
    /// Distance symbols for distances 257...32768, indexed by (distance - 1) >> 7: from symbol 16 on, every
    /// symbol covers a whole number of 128-distance blocks, so one table of 256 entries covers them all.
    private static let farDistanceSymbol: [UInt8] = distanceSymbols { $0 << 7 }

    private static func distanceSymbols(_ distanceMinusOne: (Int) -> Int) -> [UInt8] {
        (0..<256).map { index in
            let distance = distanceMinusOne(index) + 1
            var symbol = 0
            while symbol + 1 < distanceBase.count && Int(distanceBase[symbol + 1]) <= distance { symbol += 1 }
            return UInt8(symbol)
        }
    }

    /// The distance symbol (0...29) of `distance` (1...32768).
    @inline(__always)
    static func distanceSymbol(_ distance: Int) -> Int {
        let d = distance - 1
        return Int(d < 256 ? nearDistanceSymbol[d] : farDistanceSymbol[(d >> 7) & 0xFF])
    }

    /// The order in which the code lengths of the code-length alphabet are sent (RFC 1951, section 3.2.7).
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// Code lengths of the fixed literal/length code (section 3.2.6).
    static let fixedLiteralLengths: [UInt8] = (0..<288).map { symbol in
        switch symbol {
        case 0...143: 8
        case 144...255: 9
        case 256...279: 7
        default: 8
        }
    }

    /// Code lengths of the fixed distance code: 30 symbols of 5 bits (32 in the alphabet, 2 never used).
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 30)
}
