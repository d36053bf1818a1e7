import OpenBadges
import Testing

@Suite("PNG baking")
struct PNGBakingTests {
    static let cases: [(BakedPayload, Baker.Version)] = [
        (.json(BakingSamples.credentialJSON), .ob3),
        (.compactJWS(BakingSamples.jws), .ob3),
        (.json(BakingSamples.assertionJSON), .ob2),
        (.compactJWS(BakingSamples.jws), .ob2),
    ]

    @Test("bake then unbake returns the payload, its kind and its chunk", arguments: 0..<4)
    func roundTrip(_ index: Int) throws {
        let (payload, version) = Self.cases[index]
        let original = PNGFixture.image(width: 64, height: 64, idatSize: 1_000)
        let baked = try Baker.bake(image: original, payload: payload, version: version)
        let unbaked = try BakingSamples.unbaked(baked)
        #expect(unbaked.bytes == payload.bytes)
        #expect(unbaked.kind == payload.kind)
        #expect(unbaked.format == .png)
        #expect(unbaked.version == version)
        #expect(unbaked.verifyAttribute == nil)
        let chunks = PNGFixture.chunks(baked)
        let iendIndex = chunks.count - 1
        #expect(unbaked.location == .pngChunk(type: "iTXt", keyword: version.pngKeyword, chunkIndex: iendIndex - 1,
                                              byteOffset: chunks[iendIndex - 1].offset))
        #expect(unbaked.bakedPayload == payload)
        if case .json = payload { #expect(try unbaked.json() == JSON.parse(payload.bytes)) }
    }

    @Test("the iTXt chunk is laid out as the specifications say and every other byte is unchanged", arguments: 0..<4)
    func otherBytesUnchanged(_ index: Int) throws {
        let (payload, version) = Self.cases[index]
        let original = PNGFixture.image(width: 32, height: 32, extra: [PNGFixture.chunk("tEXt", Array("Software\0Laurel tests".utf8))])
        let baked = try Baker.bake(image: original, payload: payload, version: version)

        // Everything up to IEND is the original; then exactly one new chunk; then the original IEND.
        let iend = original.count - 12
        #expect(Array(baked[..<iend]) == Array(original[..<iend]))
        #expect(Array(baked.suffix(12)) == PNGFixture.iend)
        let inserted = Array(baked[iend..<(baked.count - 12)])
        let expectedData = Array(version.pngKeyword.utf8) + [0, 0, 0, 0, 0] + payload.bytes
        #expect(inserted == PNGFixture.chunk("iTXt", expectedData))

        // Removing the credential gives back the original, byte for byte.
        #expect(try Baker.removingCredential(from: baked) == original)
    }

    @Test("re-baking replaces the credential (of either version) and never duplicates it")
    func rebakeReplaces() throws {
        let original = PNGFixture.image()
        let first = try Baker.bake(image: original, payload: .json(BakingSamples.assertionJSON), version: .ob2)
        let second = try Baker.bake(image: first, payload: .json(BakingSamples.credentialJSON), version: .ob3)
        let third = try Baker.bake(image: second, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        for image in [first, second, third] {
            let credentialChunks = PNGFixture.chunks(image).filter { chunk in
                chunk.type == "iTXt" && (chunk.data.starts(with: Array("openbadges\0".utf8))
                    || chunk.data.starts(with: Array("openbadgecredential\0".utf8)))
            }
            #expect(credentialChunks.count == 1)
        }
        let unbaked = try BakingSamples.unbaked(third)
        #expect(unbaked.text == BakingSamples.jws)
        #expect(unbaked.version == .ob3)
        // Baking the same payload again is a no-op.
        #expect(try Baker.bake(image: third, payload: .compactJWS(BakingSamples.jws), version: .ob3) == third)
        #expect(try Baker.removingCredential(from: third) == original)
    }

    @Test("a legacy tEXt credential is replaced too")
    func legacyTextChunkReplaced() throws {
        let legacy = PNGFixture.chunk("tEXt", Array("openbadges\0https://example.org/assertion/1".utf8))
        let original = PNGFixture.image(extra: [legacy])
        let baked = try Baker.bake(image: original, payload: .compactJWS(BakingSamples.jws), version: .ob2)
        #expect(!PNGFixture.chunks(baked).contains { $0.type == "tEXt" })
        #expect(try BakingSamples.unbaked(baked).kind == .compactJWS)
    }

    @Test("combinations the specifications do not define are refused")
    func unsupportedCombinations() {
        let image = PNGFixture.image()
        BakingSamples.expectError("bake.unsupported") {
            _ = try Baker.bake(image: image, payload: .url(BakingSamples.hostedURL), version: .ob2)
        }
        BakingSamples.expectError("payload.malformed_json") {
            _ = try Baker.bake(image: image, payload: .json(Array("{verify: 1}".utf8)), version: .ob3)
        }
        BakingSamples.expectError("bake.invalid_payload") {
            _ = try Baker.bake(image: image, payload: .json(Array("[1]".utf8)), version: .ob3)
        }
        BakingSamples.expectError("bake.invalid_payload") {
            _ = try Baker.bake(image: image, payload: .compactJWS("not a jws"), version: .ob3)
        }
        BakingSamples.expectError("payload.too_large") {
            _ = try Baker.bake(image: image, payload: .json(BakingSamples.credentialJSON), version: .ob3,
                               limits: BakingLimits(maxPayloadBytes: 100))
        }
    }

    @Test("a damaged image is not baked")
    func damagedImageRefused() {
        var image = PNGFixture.image()
        image[45] ^= 0xFF  // inside the IDAT data
        BakingSamples.expectError("png.crc_mismatch") {
            _ = try Baker.bake(image: image, payload: .compactJWS(BakingSamples.jws), version: .ob3)
        }
    }

    @Test("baking text classifies it")
    func bakeText() throws {
        let image = PNGFixture.image()
        let baked = try Baker.bake(image: image, payload: "  \(BakingSamples.jws)\n", version: .ob3)
        #expect(try BakingSamples.unbaked(baked).text == BakingSamples.jws)
        BakingSamples.expectError("payload.unrecognized") { _ = try Baker.bake(image: image, payload: "hello", version: .ob3) }
        // JSON bytes read from a file often end with a newline: white space around a payload is dropped.
        let padded = try Baker.bake(image: image, payload: .json(Array("\n{\"a\":1}\n".utf8)), version: .ob3)
        #expect(try BakingSamples.unbaked(padded).text == "{\"a\":1}")
        BakingSamples.expectError("payload.empty") { _ = try Baker.bake(image: image, payload: .json([0x20]), version: .ob3) }
    }
}
