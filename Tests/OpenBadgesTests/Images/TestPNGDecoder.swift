/// Decodes the PNGs the artwork writes (8-bit palette or RGBA, not interlaced) with the tests' own chunk
/// walk, bitwise CRC (``PNGFixture/crc(_:)``), inflater and unfiltering, so every layer of the encoder is
/// checked by code it does not share.
enum TestPNGDecoder {
    struct Image {
        let width: Int
        let height: Int
        let colorType: Int
        let rgba: [UInt8]
        let chunkTypes: [String]
        let paletteCount: Int
    }

    static func decode(_ png: [UInt8]) throws -> Image {
        guard png.count > 8, Array(png[0..<8]) == PNGFixture.signature else { throw TestInflater.Failure("signature") }
        let chunks = PNGFixture.chunks(png)
        var width = 0, height = 0, colorType = -1
        var palette: [UInt8] = []
        var transparency: [UInt8] = []
        var idat: [UInt8] = []
        var end = 8
        for chunk in chunks {
            let crcOffset = chunk.offset + 8 + chunk.data.count
            let stored = UInt32(png[crcOffset]) << 24 | UInt32(png[crcOffset + 1]) << 16 | UInt32(png[crcOffset + 2]) << 8
                | UInt32(png[crcOffset + 3])
            guard stored == PNGFixture.crc(Array(chunk.type.utf8) + chunk.data) else {
                throw TestInflater.Failure("CRC of \(chunk.type)")
            }
            end = crcOffset + 4
            switch chunk.type {
            case "IHDR":
                let d = chunk.data
                width = Int(d[0]) << 24 | Int(d[1]) << 16 | Int(d[2]) << 8 | Int(d[3])
                height = Int(d[4]) << 24 | Int(d[5]) << 16 | Int(d[6]) << 8 | Int(d[7])
                guard d[8] == 8, d[10] == 0, d[11] == 0, d[12] == 0 else { throw TestInflater.Failure("IHDR fields") }
                colorType = Int(d[9])
            case "PLTE": palette = chunk.data
            case "tRNS": transparency = chunk.data
            case "IDAT": idat += chunk.data
            default: break
            }
        }
        guard end == png.count, chunks.first?.type == "IHDR", chunks.last?.type == "IEND" else {
            throw TestInflater.Failure("chunk layout \(chunks.map(\.type))")
        }
        let bytesPerPixel = colorType == 3 ? 1 : 4
        guard colorType == 3 || colorType == 6 else { throw TestInflater.Failure("colour type \(colorType)") }
        let raw = try TestInflater.zlibDecompress(idat)
        let stride = width * bytesPerPixel
        guard raw.count == (stride + 1) * height else { throw TestInflater.Failure("\(raw.count) bytes of scanlines") }
        var previous = [UInt8](repeating: 0, count: stride)
        var rgba: [UInt8] = []
        rgba.reserveCapacity(width * height * 4)
        for row in 0..<height {
            let start = row * (stride + 1)
            let filter = raw[start]
            var line = Array(raw[(start + 1)...(start + stride)])
            for i in 0..<stride {
                let a = i >= bytesPerPixel ? Int(line[i - bytesPerPixel]) : 0
                let b = Int(previous[i])
                let c = i >= bytesPerPixel ? Int(previous[i - bytesPerPixel]) : 0
                let prediction: Int
                switch filter {
                case 0: prediction = 0
                case 1: prediction = a
                case 2: prediction = b
                case 3: prediction = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    prediction = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw TestInflater.Failure("filter type \(filter)")
                }
                line[i] = UInt8((Int(line[i]) + prediction) & 0xFF)
            }
            if colorType == 3 {
                for index in line {
                    let i = Int(index)
                    guard 3 * i + 2 < palette.count else { throw TestInflater.Failure("index \(i) outside the palette") }
                    rgba += [palette[3 * i], palette[3 * i + 1], palette[3 * i + 2], i < transparency.count ? transparency[i] : 255]
                }
            } else {
                rgba += line
            }
            previous = line
        }
        return Image(width: width, height: height, colorType: colorType, rgba: rgba, chunkTypes: chunks.map(\.type),
                     paletteCount: palette.count / 3)
    }
}
