/// Writes PNG datastreams (PNG specification, third edition: sections 5 and 11): the signature, IHDR,
/// PLTE and tRNS for palette images, one IDAT with the zlib-compressed filtered scanlines, and IEND.
/// Chunks go through the baking code's ``PNGChunkWriter``, so the images Laurel draws and the images it
/// bakes share one CRC.
enum PNGEncoder {
    /// An 8-bit palette image. `indices` holds one byte per pixel, row after row; `palette` at most 256
    /// colours, non-premultiplied RGBA. tRNS is written only as long as the last translucent entry
    /// (entries past it are opaque), so callers put translucent entries first to keep it short.
    static func indexed(width: Int, height: Int, indices: [UInt8], palette: [RGBA]) -> [UInt8] {
        // Filter type None on every row: the specification's advice for palette images, whose indices
        // are labels, not quantities that differences would make smaller.
        var scanlines = [UInt8]()
        scanlines.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            scanlines.append(PNGRowFilter.none.rawValue)
            scanlines.append(contentsOf: indices[(row * width)..<((row + 1) * width)])
        }
        var output = start(width: width, height: height, colourType: 3)
        var plte: [UInt8] = []
        plte.reserveCapacity(palette.count * 3)
        for colour in palette { plte.append(contentsOf: [colour.red, colour.green, colour.blue]) }
        PNGChunkWriter.append(type: PNGChunkType("PLTE"), data: plte, to: &output)
        if let lastTranslucent = palette.lastIndex(where: { $0.alpha != 255 }) {
            PNGChunkWriter.append(type: PNGChunkType("tRNS"), data: palette[...lastTranslucent].map(\.alpha),
                                  to: &output)
        }
        return finish(output, scanlines: scanlines)
    }

    /// An 8-bit RGBA image (colour type 6), each row filtered with the filter the specification suggests
    /// choosing for truecolour: the one whose output has the smallest sum of absolute values.
    static func rgba(width: Int, height: Int, pixels: [UInt8]) -> [UInt8] {
        let scanlines = PNGRowFilter.filterAdaptively(pixels, width: width, height: height, bytesPerPixel: 4)
        return finish(start(width: width, height: height, colourType: 6), scanlines: scanlines)
    }

    private static func start(width: Int, height: Int, colourType: UInt8) -> [UInt8] {
        var output = ImageFormat.pngSignature
        var ihdr: [UInt8] = []
        appendBigEndian(UInt32(width), to: &ihdr)
        appendBigEndian(UInt32(height), to: &ihdr)
        // Bit depth 8, colour type, compression 0 (zlib), filter method 0 (the five filters), no interlace.
        ihdr.append(contentsOf: [8, colourType, 0, 0, 0])
        PNGChunkWriter.append(type: .IHDR, data: ihdr, to: &output)
        return output
    }

    private static func finish(_ start: [UInt8], scanlines: [UInt8]) -> [UInt8] {
        var output = start
        // One IDAT: a badge compresses to a few kilobytes, and decoders accept any split.
        PNGChunkWriter.append(type: PNGChunkType("IDAT"), data: Zlib.compress(scanlines), to: &output)
        PNGChunkWriter.append(type: .IEND, data: [], to: &output)
        return output
    }

    private static func appendBigEndian(_ value: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF),
                                   UInt8(value & 0xFF)])
    }
}
