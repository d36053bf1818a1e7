/// A chunk type: four ASCII letters, kept as the big-endian 32-bit value they form, so that comparing
/// types in the hot loop is one integer comparison.
struct PNGChunkType: Sendable, Hashable, CustomStringConvertible {
    let rawValue: UInt32

    init(rawValue: UInt32) { self.rawValue = rawValue }

    init(_ name: StaticString) {
        var value: UInt32 = 0
        name.withUTF8Buffer { for byte in $0 { value = value << 8 | UInt32(byte) } }
        rawValue = value
    }

    static let IHDR = PNGChunkType("IHDR")
    static let IEND = PNGChunkType("IEND")
    static let iTXt = PNGChunkType("iTXt")
    static let tEXt = PNGChunkType("tEXt")
    static let zTXt = PNGChunkType("zTXt")

    var bytes: [UInt8] {
        [UInt8(rawValue >> 24), UInt8((rawValue >> 16) & 0xFF), UInt8((rawValue >> 8) & 0xFF), UInt8(rawValue & 0xFF)]
    }

    /// PNG section 5.4: each byte of a type is an ASCII letter (A-Z, a-z). Checked on the integer, since
    /// it runs for every chunk.
    var isValid: Bool {
        var value = rawValue
        for _ in 0..<4 {
            let folded = UInt8(value & 0xFF) & 0xDF  // clears the lower-case bit
            if folded < 0x41 || folded > 0x5A { return false }
            value >>= 8
        }
        return true
    }

    /// The four letters, or their hexadecimal values when the type is not valid.
    var description: String {
        isValid ? String(decoding: bytes, as: UTF8.self) : bytes.map { String($0, radix: 16) }.joined(separator: " ")
    }
}

/// One chunk of a PNG datastream (PNG section 5.3: length, type, data, CRC), as positions in the image's
/// bytes; nothing is copied.
struct PNGChunk: Sendable, Equatable {
    /// 0-based position among the image's chunks.
    let index: Int
    /// Byte offset of the chunk's length field.
    let offset: Int
    let type: PNGChunkType
    /// Where the chunk's data lies in the image.
    let dataRange: Range<Int>

    /// The whole chunk: length, type, data and CRC.
    var range: Range<Int> { offset..<(dataRange.upperBound + 4) }

    /// An error position pointing at this chunk.
    func position(at byteOffset: Int? = nil) -> BakingError.Position {
        .pngChunk(index: index, type: type.description, byteOffset: byteOffset ?? offset)
    }
}
