/// A small, strict DEFLATE/zlib decoder written for the tests from RFC 1950 and 1951, so that the encoder
/// is checked by code that shares nothing with it. Stricter than zlib where that catches encoder bugs:
/// every Huffman code must be complete (a lone distance code excepted, as zlib allows).
enum TestInflater {
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The uncompressed bytes of a zlib stream, after checking its header and its Adler-32.
    static func zlibDecompress(_ stream: [UInt8]) throws -> [UInt8] {
        guard stream.count >= 6 else { throw Failure("zlib stream of \(stream.count) bytes") }
        let cmf = Int(stream[0])
        let flg = Int(stream[1])
        guard cmf & 0x0F == 8, cmf >> 4 <= 7 else { throw Failure("not deflate with a window of at most 32 KB") }
        guard (cmf * 256 + flg) % 31 == 0 else { throw Failure("header check bits") }
        guard flg & 0x20 == 0 else { throw Failure("preset dictionary") }
        var reader = BitReader(bytes: stream, bytePosition: 2)
        let output = try inflate(&reader)
        let end = reader.alignedBytePosition
        guard end + 4 == stream.count else { throw Failure("\(stream.count - end - 4) bytes after the Adler-32") }
        let stored = UInt32(stream[end]) << 24 | UInt32(stream[end + 1]) << 16 | UInt32(stream[end + 2]) << 8
            | UInt32(stream[end + 3])
        let computed = referenceAdler32(output)
        guard stored == computed else { throw Failure("Adler-32 \(stored) stored, \(computed) computed") }
        return output
    }

    /// Adler-32 straight from the definition: both sums reduced after every byte.
    static func referenceAdler32(_ bytes: [UInt8]) -> UInt32 {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return b << 16 | a
    }

    struct BitReader {
        let bytes: [UInt8]
        var bytePosition: Int
        var bitPosition = 0

        mutating func bit() throws -> Int {
            guard bytePosition < bytes.count else { throw Failure("stream ends inside a block") }
            let value = Int(bytes[bytePosition] >> UInt8(bitPosition)) & 1
            bitPosition += 1
            if bitPosition == 8 {
                bitPosition = 0
                bytePosition += 1
            }
            return value
        }

        mutating func bits(_ count: Int) throws -> Int {
            var value = 0
            for index in 0..<count { value |= try bit() << index }
            return value
        }

        var alignedBytePosition: Int { bitPosition == 0 ? bytePosition : bytePosition + 1 }

        mutating func align() {
            if bitPosition != 0 {
                bitPosition = 0
                bytePosition += 1
            }
        }
    }

    /// A canonical Huffman decoder: symbols sorted by code length, then by value.
    struct Decoder {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int] = []

        /// `allowSingle`: a code with one symbol may be incomplete (a lone distance code); `fixed`: the fixed
        /// distance code, whose 30 five-bit codes leave two unused, is accepted as it is.
        init(lengths: [Int], allowSingle: Bool, fixed: Bool = false) throws {
            for length in lengths { counts[length] += 1 }
            counts[0] = 0
            var left = 1
            for length in 1..<16 {
                left = left * 2 - counts[length]
                guard left >= 0 else { throw Failure("over-subscribed code") }
            }
            let used = lengths.filter { $0 > 0 }.count
            guard left == 0 || fixed || (allowSingle && used <= 1) else { throw Failure("incomplete code (\(used) symbols)") }
            for length in 1..<16 {
                for (symbol, l) in lengths.enumerated() where l == length { symbols.append(symbol) }
            }
        }

        func decode(_ reader: inout BitReader) throws -> Int {
            var code = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                code |= try reader.bit()
                let count = counts[length]
                if code - first < count { return symbols[index + code - first] }
                index += count
                first = (first + count) << 1
                code <<= 1
            }
            throw Failure("no symbol for a code")
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
                             131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
                               1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
                                12, 13, 13]

    /// Which block types the last ``inflate(_:)`` met is not tracked; callers that care use this.
    struct Blocks { var stored = 0, fixed = 0, dynamic = 0 }

    static func inflate(_ reader: inout BitReader) throws -> [UInt8] {
        var blocks = Blocks()
        return try inflate(&reader, blocks: &blocks)
    }

    static func inflate(_ reader: inout BitReader, blocks: inout Blocks) throws -> [UInt8] {
        var output: [UInt8] = []
        var final = false
        while !final {
            final = try reader.bit() == 1
            switch try reader.bits(2) {
            case 0:
                blocks.stored += 1
                reader.align()
                let p = reader.bytePosition
                guard p + 4 <= reader.bytes.count else { throw Failure("truncated stored header") }
                let length = Int(reader.bytes[p]) | Int(reader.bytes[p + 1]) << 8
                let complement = Int(reader.bytes[p + 2]) | Int(reader.bytes[p + 3]) << 8
                guard length == ~complement & 0xFFFF else { throw Failure("stored LEN/NLEN mismatch") }
                guard p + 4 + length <= reader.bytes.count else { throw Failure("truncated stored block") }
                output.append(contentsOf: reader.bytes[(p + 4)..<(p + 4 + length)])
                reader.bytePosition = p + 4 + length
            case 1:
                blocks.fixed += 1
                var literal = [Int](repeating: 8, count: 288)
                for symbol in 144..<256 { literal[symbol] = 9 }
                for symbol in 256..<280 { literal[symbol] = 7 }
                try decodeBlock(&reader, &output, try Decoder(lengths: literal, allowSingle: false),
                                try Decoder(lengths: [Int](repeating: 5, count: 30), allowSingle: true, fixed: true))
            case 2:
                blocks.dynamic += 1
                let literalCount = try reader.bits(5) + 257
                let distanceCount = try reader.bits(5) + 1
                let codeLengthCount = try reader.bits(4) + 4
                guard literalCount <= 286, distanceCount <= 30 else { throw Failure("HLIT/HDIST out of range") }
                let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
                var codeLengthLengths = [Int](repeating: 0, count: 19)
                for index in 0..<codeLengthCount { codeLengthLengths[order[index]] = try reader.bits(3) }
                let codeLengthDecoder = try Decoder(lengths: codeLengthLengths, allowSingle: false)
                var lengths: [Int] = []
                while lengths.count < literalCount + distanceCount {
                    let symbol = try codeLengthDecoder.decode(&reader)
                    switch symbol {
                    case 0...15: lengths.append(symbol)
                    case 16:
                        guard let previous = lengths.last else { throw Failure("repeat with no previous length") }
                        lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
                    case 17: lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
                    default: lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
                    }
                }
                guard lengths.count == literalCount + distanceCount else { throw Failure("code lengths overrun") }
                guard lengths[256] > 0 else { throw Failure("no end-of-block code") }
                try decodeBlock(&reader, &output,
                                try Decoder(lengths: Array(lengths[0..<literalCount]), allowSingle: false),
                                try Decoder(lengths: Array(lengths[literalCount...]), allowSingle: true))
            default:
                throw Failure("block type 3")
            }
        }
        return output
    }

    private static func decodeBlock(
        _ reader: inout BitReader, _ output: inout [UInt8], _ literal: Decoder, _ distance: Decoder
    ) throws {
        while true {
            let symbol = try literal.decode(&reader)
            if symbol < 256 {
                output.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < 29 else { throw Failure("length symbol \(symbol)") }
                let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
                let distanceSymbol = try distance.decode(&reader)
                guard distanceSymbol < 30 else { throw Failure("distance symbol \(distanceSymbol)") }
                let offset = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
                guard offset <= output.count else { throw Failure("distance \(offset) before the start") }
                for _ in 0..<length { output.append(output[output.count - offset]) }
            }
        }
    }
}
