/// PNG images built at run time for the baking tests, with their own byte-at-a-time CRC (PNG Annex D),
/// so that the tests do not take the production CRC's word for anything.
enum PNGFixture {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The reference CRC: one bit at a time, straight from the definition.
    static func crc(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            c ^= UInt32(byte)
            for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        }
        return ~c
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    /// A complete chunk; `crc` overrides the correct CRC and `length` the true length.
    static func chunk(_ type: String, _ data: [UInt8], crc: UInt32? = nil, length: UInt32? = nil) -> [UInt8] {
        let typeBytes = Array(type.utf8)
        return bigEndian(length ?? UInt32(data.count)) + typeBytes + data
            + bigEndian(crc ?? Self.crc(typeBytes + data))
    }

    /// IHDR for an 8-bit greyscale image.
    static func ihdr(width: Int, height: Int) -> [UInt8] {
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 0, 0, 0, 0])
    }

    static let iend = chunk("IEND", [])

    /// A zlib stream of stored (uncompressed) deflate blocks holding `raw`.
    static func zlibStored(_ raw: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var index = 0
        repeat {
            let count = min(65_535, raw.count - index)
            let final: UInt8 = index + count == raw.count ? 1 : 0
            out.append(final)
            out += [UInt8(count & 0xFF), UInt8(count >> 8), UInt8(~count & 0xFF), UInt8((~count >> 8) & 0xFF)]
            out += raw[index..<(index + count)]
            index += count
        } while index < raw.count
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in raw {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    /// A valid greyscale PNG of `width` x `height` with a deterministic pattern, its image data split into
    /// IDAT chunks of at most `idatSize` bytes, and `extra` chunks placed between IHDR and the first IDAT.
    static func image(width: Int = 4, height: Int = 4, idatSize: Int = 8_192, extra: [[UInt8]] = []) -> [UInt8] {
        var raw: [UInt8] = []
        raw.reserveCapacity((width + 1) * height)
        for y in 0..<height {
            raw.append(0)  // filter type None
            for x in 0..<width { raw.append(UInt8((x &* 7 &+ y &* 13) & 0xFF)) }
        }
        let stream = zlibStored(raw)
        var png = signature + ihdr(width: width, height: height)
        for chunk in extra { png += chunk }
        var index = 0
        while index < stream.count {
            let end = min(stream.count, index + idatSize)
            png += chunk("IDAT", Array(stream[index..<end]))
            index = end
        }
        return png + iend
    }

    /// The data of an `iTXt` chunk.
    static func iTXtData(keyword: String, text: [UInt8], compressed: Bool = false, language: String = "",
                         translated: String = "") -> [UInt8] {
        Array(keyword.utf8) + [0, compressed ? 1 : 0, 0] + Array(language.utf8) + [0] + Array(translated.utf8) + [0] + text
    }

    /// An independent chunk walk: (type, data, offset) for every chunk, no checks.
    static func chunks(_ png: [UInt8]) -> [(type: String, data: [UInt8], offset: Int)] {
        var result: [(String, [UInt8], Int)] = []
        var offset = 8
        while offset + 12 <= png.count {
            let length = Int(UInt32(png[offset]) << 24 | UInt32(png[offset + 1]) << 16 | UInt32(png[offset + 2]) << 8
                | UInt32(png[offset + 3]))
            guard offset + 12 + length <= png.count else { break }
            let type = String(decoding: png[(offset + 4)..<(offset + 8)], as: UTF8.self)
            result.append((type, Array(png[(offset + 8)..<(offset + 8 + length)]), offset))
            offset += 12 + length
        }
        return result
    }

    /// Inserts `chunk` just before IEND (the last 12 bytes).
    static func insertingBeforeIEND(_ png: [UInt8], _ chunk: [UInt8]) -> [UInt8] {
        Array(png[..<(png.count - 12)]) + chunk + Array(png[(png.count - 12)...])
    }
}
