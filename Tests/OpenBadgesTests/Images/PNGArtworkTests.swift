import OpenBadges
import Testing

@Suite("Badge artwork: PNG")
struct PNGArtworkTests {
    static let artworks: [BadgeArtwork] = [ArtworkSamples.english]
        + (0..<7).map { BadgeArtwork(achievementID: "urn:example:achievement:\($0)", name: "A", level: "L\($0 % 3)") }

    @Test("the PNG decodes with the tests' decoder to exactly the raster: CRCs, Adler-32, palette and tRNS",
          arguments: [16, 64, 256])
    func decodesToRaster(_ size: Int) throws {
        for artwork in Self.artworks {
            let png = artwork.png(size: size)
            let image = try TestPNGDecoder.decode(png)
            #expect(image.width == size && image.height == size)
            #expect(image.colorType == 3)
            #expect(image.chunkTypes == ["IHDR", "PLTE", "tRNS", "IDAT", "IEND"])
            #expect(image.rgba == artwork.raster(size: size).rgba)
        }
    }

    @Test("the RGBA variant uses filters and decodes to the same raster")
    func rgbaVariant() throws {
        for artwork in Self.artworks.prefix(3) {
            let png = artwork.png(size: 128, colorType: .rgba)
            let image = try TestPNGDecoder.decode(png)
            #expect(image.colorType == 6)
            #expect(image.chunkTypes == ["IHDR", "IDAT", "IEND"])
            #expect(image.rgba == artwork.raster(size: 128).rgba)
        }
    }

    @Test("Python's zlib and its own unfiltering decode every PNG to the raster",
          .enabled(if: Python3.isAvailable, Python3.missingComment))
    func pythonDecoder() throws {
        var items: [[UInt8]] = []
        var cases = 0
        for (index, artwork) in Self.artworks.enumerated() {
            for (size, colorType) in [(256, BadgeArtwork.PNGColorType.indexed), (48, .indexed), (96, .rgba)]
            where index < 3 || size == 256 {
                items += [artwork.png(size: size, colorType: colorType), artwork.raster(size: size).rgba]
                cases += 1
            }
        }
        let output = try Python3.run(Python3.readFramedInput + Self.pythonDecoder, input: Python3.frame(items))
        let lines = output.split(separator: "\n")
        #expect(lines.count == cases, "\(output)")
        for line in lines { #expect(line.hasPrefix("ok "), "\(line)") }
    }

    /// A PNG decoder in Python's standard library: chunk CRCs with zlib.crc32, IDAT with zlib.decompress,
    /// Adler-32 compared with zlib.adler32, the five filters undone, palette and tRNS expanded.
    static let pythonDecoder = """
        import zlib
        def decode(png):
            assert png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'signature'
            offset, idat, plte, trns, types = 8, b'', b'', b'', []
            while offset < len(png):
                (length,) = struct.unpack('>I', png[offset:offset + 4])
                kind, data = png[offset + 4:offset + 8], png[offset + 8:offset + 8 + length]
                (crc,) = struct.unpack('>I', png[offset + 8 + length:offset + 12 + length])
                assert zlib.crc32(kind + data) == crc, 'CRC of %r' % kind
                types.append(kind)
                if kind == b'IHDR':
                    width, height, depth, color, compression, filtering, interlace = struct.unpack('>IIBBBBB', data)
                    assert (depth, compression, filtering, interlace) == (8, 0, 0, 0)
                elif kind == b'PLTE': plte = data
                elif kind == b'tRNS': trns = data
                elif kind == b'IDAT': idat += data
                offset += 12 + length
            assert types[0] == b'IHDR' and types[-1] == b'IEND'
            raw = zlib.decompress(idat)
            assert struct.unpack('>I', idat[-4:])[0] == zlib.adler32(raw), 'Adler-32'
            bpp = 1 if color == 3 else 4
            stride = width * bpp
            assert len(raw) == (stride + 1) * height
            previous, pixels = bytearray(stride), bytearray()
            for y in range(height):
                kind = raw[y * (stride + 1)]
                line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
                for i in range(stride):
                    a = line[i - bpp] if i >= bpp else 0
                    b = previous[i]
                    c = previous[i - bpp] if i >= bpp else 0
                    if kind == 1: line[i] = (line[i] + a) & 255
                    elif kind == 2: line[i] = (line[i] + b) & 255
                    elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
                    elif kind == 4:
                        p = a + b - c
                        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                        line[i] = (line[i] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
                    else: assert kind == 0, 'filter %d' % kind
                if color == 3:
                    for index in line:
                        pixels += plte[3 * index:3 * index + 3] + bytes([trns[index] if index < len(trns) else 255])
                else:
                    pixels += line
                previous = line
            return width, height, color, bytes(pixels)
        for i in range(0, len(items), 2):
            try:
                width, height, color, pixels = decode(items[i])
                same = pixels == items[i + 1]
                print(('ok %d %dx%d type %d %d bytes' if same else 'mismatch %d %dx%d type %d %d bytes') % (i // 2, width, height, color, len(items[i])))
            except Exception as error:
                print('error %d %r' % (i // 2, error))
        """

    @Test("a 256-pixel badge is a few KB; sizes are clamped to 16...1024")
    func sizes() throws {
        for artwork in Self.artworks {
            let png = artwork.png()
            #expect(png.count > 1_000 && png.count < 20_000, "\(png.count) bytes")
        }
        #expect(try TestPNGDecoder.decode(ArtworkSamples.english.png(size: 0)).width == 16)
        #expect(try TestPNGDecoder.decode(ArtworkSamples.english.png(size: -40)).width == 16)
        #expect(try TestPNGDecoder.decode(ArtworkSamples.english.png(size: .max)).width == 1_024)
        #expect(ArtworkSamples.english.raster(size: .min).width == 16)
    }

    @Test("the same achievement and level give the same bytes; the name, its language and level text do not matter when a level id is given")
    func determinism() {
        let a = ArtworkSamples.english
        #expect(a.png() == a.png())
        #expect(a.png(size: 100, colorType: .rgba) == a.png(size: 100, colorType: .rgba))
        #expect(ArtworkSamples.spanish.png() == a.png())
        #expect(ArtworkSamples.arabic.png() == a.png())
    }

    @Test("different achievements, and different levels of one achievement, give different images")
    func distinct() {
        var seen = Set<[UInt8]>()
        for index in 0..<40 {
            let artwork = BadgeArtwork(achievementID: "urn:example:\(index)", name: "Same name", level: "Same level")
            seen.insert(artwork.raster(size: 64).rgba)
        }
        #expect(seen.count == 40)
        var levels = Set<[UInt8]>()
        for level in ["Novice", "Competent", "Proficient", "Excellent"] {
            levels.insert(BadgeArtwork(achievementID: ArtworkSamples.partnershipID, name: "x", level: level).png())
        }
        #expect(levels.count == 4)
    }

    @Test("a payload baked into the PNG comes back out unchanged", arguments: [Baker.Version.ob2, .ob3])
    func bakeRoundTrip(_ version: Baker.Version) throws {
        let png = ArtworkSamples.arabic.png()
        for payload in [BakedPayload.json(BakingSamples.credentialJSON), .compactJWS(BakingSamples.jws)] {
            let baked = try Baker.bake(image: png, payload: payload, version: version)
            let unbaked = try BakingSamples.unbaked(baked)
            #expect(unbaked.bytes == payload.bytes)
            #expect(unbaked.version == version)
            #expect(try TestPNGDecoder.decode(baked).rgba == ArtworkSamples.arabic.raster().rgba)
        }
    }
}
