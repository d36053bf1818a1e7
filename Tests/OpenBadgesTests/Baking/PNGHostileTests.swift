import OpenBadges
import TestSupport
import Testing

/// Damaged and hostile PNGs: each must end in its own clear error, in bounded time, without a crash.
@Suite("PNG: damaged and hostile images")
struct PNGHostileTests {
    static let credential = PNGFixture.chunk(
        "iTXt", PNGFixture.iTXtData(keyword: "openbadgecredential", text: Array(BakingSamples.jws.utf8)))

    @Test("a 50 MB PNG is refused by the size limit at once")
    func fiftyMegabytes() {
        var image = PNGFixture.image()
        image.removeLast(12)
        image += [UInt8](repeating: 0, count: 50_000_000 - image.count - 12) + PNGFixture.iend
        var error: BakingError?
        let time = BakingSamples.seconds {
            error = BakingSamples.expectError("image.too_large") { _ = try Unbaker.unbake(image) }
        }
        #expect(error?.reason == .imageTooLarge(size: 50_000_000, limit: 32 << 20))
        #expect(time < TimeBudget.seconds(0.5), "refusing took \(time) s")
        BakingSamples.expectError("image.too_large") {
            _ = try Baker.bake(image: image, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        }
    }

    @Test("two credential chunks: 'the image carries two credentials'")
    func twoCredentials() {
        let second = PNGFixture.chunk("iTXt", PNGFixture.iTXtData(keyword: "openbadges", text: Array("{}".utf8)))
        let image = PNGFixture.insertingBeforeIEND(PNGFixture.image(), Self.credential + second)
        let error = BakingSamples.expectError("baking.two_credentials") { _ = try Unbaker.unbake(image) }
        #expect(error?.description.contains("the image carries two credentials") == true)
        let chunks = PNGFixture.chunks(image)
        #expect(error?.position == .pngChunk(index: chunks.count - 2, type: "iTXt", byteOffset: chunks[chunks.count - 2].offset))

        // Two copies of the same keyword count as two credentials too, as does a legacy tEXt beside an iTXt.
        let twice = PNGFixture.insertingBeforeIEND(PNGFixture.image(), Self.credential + Self.credential)
        BakingSamples.expectError("baking.two_credentials") { _ = try Unbaker.unbake(twice) }
        let legacy = PNGFixture.chunk("tEXt", Array("openbadges\0https://example.org/a".utf8))
        let mixed = PNGFixture.insertingBeforeIEND(PNGFixture.image(), legacy + Self.credential)
        BakingSamples.expectError("baking.two_credentials") { _ = try Unbaker.unbake(mixed) }
    }

    @Test("a bad CRC names the chunk and the offset of its CRC")
    func badCRC() {
        var image = PNGFixture.insertingBeforeIEND(PNGFixture.image(), Self.credential)
        let chunks = PNGFixture.chunks(image)
        let target = chunks[1]  // the IDAT
        image[target.offset + 8] ^= 0x01
        let error = BakingSamples.expectError("png.crc_mismatch") { _ = try Unbaker.unbake(image) }
        #expect(error?.position == .pngChunk(index: 1, type: "IDAT", byteOffset: target.offset + 8 + target.data.count))
        // A damaged credential chunk is reported the same way, not read.
        var damaged = PNGFixture.insertingBeforeIEND(PNGFixture.image(), Self.credential)
        damaged[damaged.count - 20] ^= 0x20
        BakingSamples.expectError("png.crc_mismatch") { _ = try Unbaker.unbake(damaged) }
    }

    @Test("truncation: inside a chunk, inside a chunk header, and at a chunk boundary")
    func truncated() {
        let image = PNGFixture.insertingBeforeIEND(PNGFixture.image(width: 64, height: 64), Self.credential)
        let chunks = PNGFixture.chunks(image)
        let idat = chunks[1]
        let insideChunk = Array(image[..<(idat.offset + 20)])
        let error = BakingSamples.expectError("png.truncated") { _ = try Unbaker.unbake(insideChunk) }
        #expect(error?.reason == .pngTruncatedChunk(declaredLength: idat.data.count, available: 12))
        #expect(error?.position == .pngChunk(index: 1, type: "IDAT", byteOffset: idat.offset))

        let insideHeader = Array(image[..<(idat.offset + 5)])
        let headerError = BakingSamples.expectError("png.truncated") { _ = try Unbaker.unbake(insideHeader) }
        #expect(headerError?.reason == .pngTruncatedChunkHeader(available: 5))

        let atBoundary = Array(image[..<(image.count - 12)])
        BakingSamples.expectError("png.missing_iend") { _ = try Unbaker.unbake(atBoundary) }
    }

    @Test("chunk lengths of 0x7FFFFFFF and 0x80000000 cost nothing")
    func hugeLengths() {
        let base = PNGFixture.signature + PNGFixture.ihdr(width: 1, height: 1)
        let claimsMaximum = base + PNGFixture.bigEndian(0x7FFF_FFFF) + Array("iTXt".utf8) + [UInt8](repeating: 0x41, count: 64)
        var error: BakingError?
        let time = BakingSamples.seconds {
            error = BakingSamples.expectError("png.truncated") { _ = try Unbaker.unbake(claimsMaximum) }
        }
        #expect(error?.reason == .pngTruncatedChunk(declaredLength: 0x7FFF_FFFF, available: 64))
        #expect(error?.position == .pngChunk(index: 1, type: "iTXt", byteOffset: 33))
        #expect(time < TimeBudget.seconds(0.1))

        let beyondMaximum = base + PNGFixture.bigEndian(0x8000_0000) + Array("IDAT".utf8) + [0, 0, 0, 0]
        let beyond = BakingSamples.expectError("png.chunk_length_invalid") { _ = try Unbaker.unbake(beyondMaximum) }
        #expect(beyond?.reason == .pngChunkLengthTooLarge(length: 0x8000_0000))
    }

    @Test("a chunk after IEND")
    func chunkAfterIEND() {
        let image = PNGFixture.image() + PNGFixture.chunk("tEXt", Array("Comment\0late".utf8))
        let error = BakingSamples.expectError("png.data_after_iend") { _ = try Unbaker.unbake(image) }
        #expect(error?.reason == .pngChunkAfterIEND(byteCount: 24))
        #expect(error?.position == .byteOffset(image.count - 24))
    }

    @Test("IHDR missing, misplaced or malformed")
    func missingIHDR() {
        let noIHDR = PNGFixture.signature + PNGFixture.chunk("IDAT", [1, 2, 3]) + PNGFixture.iend
        let error = BakingSamples.expectError("png.missing_ihdr") { _ = try Unbaker.unbake(noIHDR) }
        #expect(error?.reason == .pngMissingIHDR(firstChunk: "IDAT"))
        let onlyIEND = PNGFixture.signature + PNGFixture.iend
        BakingSamples.expectError("png.missing_ihdr") { _ = try Unbaker.unbake(onlyIEND) }
        let shortIHDR = PNGFixture.signature + PNGFixture.chunk("IHDR", [0, 0, 0, 1]) + PNGFixture.iend
        BakingSamples.expectError("png.invalid_ihdr") { _ = try Unbaker.unbake(shortIHDR) }
        let signatureOnly = PNGFixture.signature
        BakingSamples.expectError("png.missing_iend") { _ = try Unbaker.unbake(signatureOnly) }
    }

    @Test("signature, chunk type and chunk count")
    func structure() {
        var textMangled = PNGFixture.image()
        textMangled[4] = 0x0A  // CR LF converted to LF, as a text-mode transfer does
        BakingSamples.expectError("png.bad_signature") { _ = try Unbaker.unbake(textMangled) }

        let badType = PNGFixture.insertingBeforeIEND(PNGFixture.image(), PNGFixture.chunk("ab1d", [1]))
        let typeError = BakingSamples.expectError("png.chunk_type_invalid") { _ = try Unbaker.unbake(badType) }
        #expect(typeError?.description.contains("61 62 31 64") == true)

        let many = (0..<50).map { PNGFixture.chunk("tEXt", Array("Comment\0\($0)".utf8)) }
        let crowded = PNGFixture.image(extra: many)
        BakingSamples.expectError("png.too_many_chunks") {
            _ = try Unbaker.unbake(crowded, limits: BakingLimits(maxChunkCount: 20))
        }
        #expect(throws: Never.self) { _ = try Unbaker.unbake(crowded) }
    }

    @Test("a compressed credential chunk is refused: the specifications forbid compression")
    func compressedCredential() {
        let compressed = PNGFixture.chunk(
            "iTXt", PNGFixture.iTXtData(keyword: "openbadges", text: [0x78, 0x9C, 0x03, 0x00], compressed: true))
        let error = BakingSamples.expectError("png.compressed_credential") {
            _ = try Unbaker.unbake(PNGFixture.insertingBeforeIEND(PNGFixture.image(), compressed))
        }
        #expect(error?.description.contains("compressed") == true)
        let zTXt = PNGFixture.chunk("zTXt", Array("openbadgecredential\0\0".utf8) + [0x78, 0x9C, 0x03, 0x00])
        BakingSamples.expectError("png.compressed_credential") {
            _ = try Unbaker.unbake(PNGFixture.insertingBeforeIEND(PNGFixture.image(), zTXt))
        }
    }

    @Test("malformed iTXt fields and payloads")
    func malformedPayloads() {
        func image(_ data: [UInt8]) -> [UInt8] {
            PNGFixture.insertingBeforeIEND(PNGFixture.image(), PNGFixture.chunk("iTXt", data))
        }
        BakingSamples.expectError("png.text_chunk_malformed") {
            _ = try Unbaker.unbake(image(Array("openbadgecredential\0\0\0en".utf8)))
        }
        BakingSamples.expectError("png.text_chunk_malformed") {
            _ = try Unbaker.unbake(image(Array("openbadgecredential\0".utf8)))
        }
        BakingSamples.expectError("png.text_chunk_malformed") {
            _ = try Unbaker.unbake(image(Array("openbadgecredential\0\u{7}\0\0\0x".utf8)))
        }
        BakingSamples.expectError("payload.empty") {
            _ = try Unbaker.unbake(image(PNGFixture.iTXtData(keyword: "openbadgecredential", text: Array(" \n ".utf8))))
        }
        BakingSamples.expectError("payload.invalid_utf8") {
            _ = try Unbaker.unbake(image(PNGFixture.iTXtData(keyword: "openbadgecredential", text: [0x7B, 0xFF, 0x7D])))
        }
        let unrecognized = BakingSamples.expectError("payload.unrecognized") {
            _ = try Unbaker.unbake(image(PNGFixture.iTXtData(keyword: "openbadges", text: Array("javascript:alert(1)".utf8))))
        }
        #expect(unrecognized?.description.contains("javascript:alert(1)") == true)
        BakingSamples.expectError("payload.too_large") {
            _ = try Unbaker.unbake(image(PNGFixture.iTXtData(keyword: "openbadgecredential", text: BakingSamples.credentialJSON)),
                                   limits: BakingLimits(maxPayloadBytes: 64))
        }
    }

    @Test("legacy tEXt: a URL (pre-2.0 images) or Latin-1 JSON")
    func legacyText() throws {
        let url = PNGFixture.chunk("tEXt", Array("openbadges\0https://example.org/assertions/7".utf8))
        let fromURL = try BakingSamples.unbaked(PNGFixture.image(extra: [url]))
        #expect(fromURL.kind == .url)
        #expect(fromURL.text == "https://example.org/assertions/7")
        #expect(fromURL.version == .ob2)
        #expect(fromURL.location == .pngChunk(type: "tEXt", keyword: "openbadges", chunkIndex: 1, byteOffset: 33))

        let latin1 = PNGFixture.chunk("tEXt", Array("openbadges\0{\"name\":\"".utf8) + [0xE9] + Array("\"}".utf8))
        let fromLatin1 = try BakingSamples.unbaked(PNGFixture.image(extra: [latin1]))
        #expect(fromLatin1.kind == .json)
        #expect(try fromLatin1.json() == ["name": "é"])
    }

    @Test("other text chunks, keywords that merely start alike, and unbaked images")
    func notBaked() throws {
        let lookalikes = [
            PNGFixture.chunk("iTXt", PNGFixture.iTXtData(keyword: "openbadgesX", text: Array("{}".utf8))),
            PNGFixture.chunk("tEXt", Array("openbadgecredential\0{}".utf8)),
            PNGFixture.chunk("tEXt", Array("Comment\0openbadges".utf8)),
        ]
        #expect(try Unbaker.unbake(PNGFixture.image(extra: lookalikes)) == .notBaked(.png))
    }

    @Test("hostile images of every kind are answered quickly")
    func boundedTime() {
        // 6 MB of empty chunks: half a million headers, of which the reader walks up to its chunk limit.
        let block = Array([[UInt8]](repeating: PNGFixture.chunk("tEXt", []), count: 1_000).joined())
        var crowded = PNGFixture.signature + PNGFixture.ihdr(width: 1, height: 1)
        crowded.reserveCapacity(6_100_000)
        for _ in 0..<500 { crowded += block }
        crowded += PNGFixture.iend
        let time = BakingSamples.seconds {
            BakingSamples.expectError("png.too_many_chunks") { _ = try Unbaker.unbake(crowded) }
        }
        #expect(time < TimeBudget.seconds(2), "took \(time) s")
    }
}
